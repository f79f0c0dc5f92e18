/* Stand-in for the Windows system icuuc.dll, for Wine only (see README.md). Qt6Core imports these
 * converter functions; here no converter can be opened, so Qt uses its built-in codecs. */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode;
#define U_FILE_ACCESS_ERROR 4
typedef void UConverter;

static int failed(UErrorCode *err) { return err && *err > 0; }

UConverter *ucnv_open(const char *name, UErrorCode *err) {
    (void)name;
    if (err && !failed(err)) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
void ucnv_close(UConverter *cnv) { (void)cnv; }
void ucnv_reset(UConverter *cnv) { (void)cnv; }
int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 1; }
const char *ucnv_getName(const UConverter *cnv, UErrorCode *err) {
    (void)cnv;
    if (err && !failed(err)) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
void ucnv_getToUCallBack(const UConverter *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
void ucnv_getFromUCallBack(const UConverter *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
static void set_callback(UErrorCode *err, void **old_action, const void **old_context) {
    if (old_action) *old_action = NULL;
    if (old_context) *old_context = NULL;
    if (err && !failed(err)) *err = U_FILE_ACCESS_ERROR;
}
void ucnv_setToUCallBack(UConverter *cnv, void *action, const void *context, void **old_action,
                         const void **old_context, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; set_callback(err, old_action, old_context);
}
void ucnv_setFromUCallBack(UConverter *cnv, void *action, const void *context, void **old_action,
                           const void **old_context, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; set_callback(err, old_action, old_context);
}
void ucnv_cbToUWriteUChars(void *args, const uint16_t *source, int32_t length, int32_t offset,
                           UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offset;
    if (err && !failed(err)) *err = U_FILE_ACCESS_ERROR;
}
void ucnv_cbFromUWriteUChars(void *args, const uint16_t **source, const uint16_t *limit,
                             int32_t offset, UErrorCode *err) {
    (void)args; (void)source; (void)limit; (void)offset;
    if (err && !failed(err)) *err = U_FILE_ACCESS_ERROR;
}
void ucnv_toUnicode(UConverter *cnv, uint16_t **target, const uint16_t *target_limit,
                    const char **source, const char *source_limit, int32_t *offsets, int8_t flush,
                    UErrorCode *err) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets;
    (void)flush;
    if (err && !failed(err)) *err = U_FILE_ACCESS_ERROR;
}
void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_limit,
                      const uint16_t **source, const uint16_t *source_limit, int32_t *offsets,
                      int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets;
    (void)flush;
    if (err && !failed(err)) *err = U_FILE_ACCESS_ERROR;
}
int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *err) { (void)cnv; (void)err; return 0; }
const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard;
    if (err && !failed(err)) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
int32_t ucnv_countAvailable(void) { return 0; }
/* ICU's own callbacks, passed by address to ucnv_set*CallBack; never called here. */
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
