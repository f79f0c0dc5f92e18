/* Stand-in for the colour functions of mscms.dll that Qt's qwindows.dll imports, for Wine only
 * (see README.md): no profile can be opened, so Qt draws in sRGB. */
#include <windows.h>

HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation) {
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_FILE_NOT_FOUND);
    return NULL;
}
BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size) {
    (void)profile; (void)buffer;
    if (size) *size = 0;
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}
HANDLE WINAPI WcsCreateIccProfile(HANDLE wcs_profile, DWORD options) {
    (void)wcs_profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
