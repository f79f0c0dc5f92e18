<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="22"/>
        <source>Health worker</source>
        <translation>Mhudumu wa afya</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="23"/>
        <source>Clinician</source>
        <translation>Daktari</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="24"/>
        <source>Administrator</source>
        <translation>Msimamizi</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="88"/>
        <source>Accounts</source>
        <translation>Akaunti</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="92"/>
        <source>Your password (%1)</source>
        <translation>Nenosiri lako (%1)</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="96"/>
        <source>&amp;Current password</source>
        <translation>Nenosiri la &amp;sasa</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="97"/>
        <source>&amp;New password or PIN</source>
        <translation>Nenosiri &amp;jipya au PIN</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="98"/>
        <source>New password &amp;again</source>
        <translation>Nenosiri jipya &amp;tena</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="99"/>
        <source>Change my password</source>
        <translation>Badilisha nenosiri langu</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="105"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Ongeza akaunti…</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="106"/>
        <source>&amp;Disable</source>
        <translation>&amp;Zima</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="107"/>
        <source>&amp;Set a new password…</source>
        <translation>&amp;Weka nenosiri jipya…</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="117"/>
        <source>Accounts on this laptop (administrators only)</source>
        <translation>Akaunti kwenye kompyuta hii (wasimamizi pekee)</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="119"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="119"/>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="120"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="145"/>
        <source>disabled</source>
        <translation>imezimwa</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="145"/>
        <source>active</source>
        <translation>inatumika</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="147"/>
        <source>damaged: cannot sign in (disable it, then reset its password)</source>
        <translation>imeharibika: haiwezi kuingia (izime, kisha weka nenosiri jipya)</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="179"/>
        <source>The two new passwords are not the same.</source>
        <translation>Manenosiri mawili mapya hayafanani.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="185"/>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>Nenosiri lako limebadilishwa. Tumia jipya kuanzia sasa.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="188"/>
        <source>Add an account</source>
        <translation>Ongeza akaunti</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="189"/>
        <source>The person signs in with this name and password. Give the password to them in private; they can change it under Accounts.</source>
        <translation>Mtu huyu ataingia kwa jina hili na nenosiri hili. Mpe nenosiri faraghani; anaweza kulibadilisha kwenye Akaunti.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="196"/>
        <source>Account %1 added.</source>
        <translation>Akaunti %1 imeongezwa.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="201"/>
        <location filename="../ui/accounts_dialog.py" line="210"/>
        <source>Choose an account in the list first.</source>
        <translation>Kwanza chagua akaunti kwenye orodha.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="204"/>
        <source>Account %1 is disabled: it can no longer sign in. Set a new password to enable it again.</source>
        <translation>Akaunti %1 imezimwa: haiwezi tena kuingia. Weka nenosiri jipya ili kuiwasha tena.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="212"/>
        <source>New password for %1</source>
        <translation>Nenosiri jipya la %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="213"/>
        <source>The old password stops working at once. A disabled account is enabled again.</source>
        <translation>Nenosiri la zamani litaacha kufanya kazi mara moja. Akaunti iliyozimwa itawashwa tena.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="218"/>
        <source>New password set for %1.</source>
        <translation>Nenosiri jipya limewekwa kwa %1.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="199"/>
        <source>CXR Screen cannot start</source>
        <translation>CXR Screen haiwezi kuanza</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../ui/case_form.py" line="35"/>
        <source>Enter the patient ID (it links the X-ray to the child).</source>
        <translation>Andika namba ya mgonjwa (inaunganisha X-ray na mtoto).</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="37"/>
        <source>The patient ID must be at most 64 characters, without \.</source>
        <translation>Namba ya mgonjwa isizidi herufi 64, bila \.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="40"/>
        <source>The name must be at most 64 characters, without \.</source>
        <translation>Jina lisizidi herufi 64, bila \.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="42"/>
        <source>Enter the child&apos;s age.</source>
        <translation>Andika umri wa mtoto.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Not recorded</source>
        <translation>Haijaandikwa</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Female</source>
        <translation>Mke</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="58"/>
        <source>Male</source>
        <translation>Mume</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="58"/>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="62"/>
        <source>not entered</source>
        <translation>haijaandikwa</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>years</source>
        <translation>miaka</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>months</source>
        <translation>miezi</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>weeks</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="66"/>
        <source>days</source>
        <translation>siku</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="72"/>
        <source>Notes (symptoms, what the family was told...)</source>
        <translation>Maelezo (dalili, kile familia iliambiwa...)</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="86"/>
        <source>&amp;Finalise (Ctrl+Enter)</source>
        <translation>&amp;Kamilisha (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="88"/>
        <source>Freeze the case and queue it to be sent to the hospital</source>
        <translation>Funga kesi isibadilike na iweke kwenye foleni ya kutumwa hospitalini</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="95"/>
        <source>Patient &amp;ID</source>
        <translation>&amp;Namba ya mgonjwa</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="96"/>
        <source>&amp;Name</source>
        <translation>&amp;Jina</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="97"/>
        <source>Se&amp;x</source>
        <translation>Jinsi&amp;a</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="98"/>
        <source>&amp;Age</source>
        <translation>&amp;Umri</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="115"/>
        <source>Health worker&apos;s notes</source>
        <translation>Maelezo ya mhudumu wa afya</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="153"/>
        <source>From the DICOM file %1: check the details.</source>
        <translation>Kutoka kwenye faili ya DICOM %1: hakiki taarifa.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="154"/>
        <source>From the image file %1: type the details.</source>
        <translation>Kutoka kwenye faili ya picha %1: andika taarifa.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="190"/>
        <source>The age is too large for the unit chosen.</source>
        <translation>Umri ni mkubwa mno kwa kipimo kilichochaguliwa.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="208"/>
        <source>Not screened, not finalised yet: type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Haijachunguzwa, bado haijakamilishwa: andika taarifa za mtoto, kisha Kamilisha ili itumwe kwa daktari aisome.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="212"/>
        <source>Not finalised yet: check the details, then Finalise.</source>
        <translation>Bado haijakamilishwa: hakiki taarifa, kisha Kamilisha.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="214"/>
        <source>Finalised: queued to be sent to the hospital. It can no longer be changed.</source>
        <translation>Imekamilishwa: iko kwenye foleni ya kutumwa hospitalini. Haiwezi kubadilishwa tena.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="216"/>
        <source>Sent to the hospital. It can no longer be changed.</source>
        <translation>Imetumwa hospitalini. Haiwezi kubadilishwa tena.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../ui/case_list.py" line="26"/>
        <source>Screened</source>
        <translation>Imechunguzwa</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="26"/>
        <source>Finalised</source>
        <translation>Imekamilishwa</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="27"/>
        <source>Sent</source>
        <translation>Imetumwa</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="28"/>
        <source>Sent and cleared</source>
        <translation>Imetumwa na kufutwa</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="34"/>
        <location filename="../ui/case_list.py" line="78"/>
        <source>Refer</source>
        <translation>Rufaa</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="34"/>
        <location filename="../ui/case_list.py" line="79"/>
        <source>No signs</source>
        <translation>Hakuna dalili</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="45"/>
        <source>Today %1</source>
        <translation>Leo %1</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="68"/>
        <source>Search patient ID or name (Ctrl+F)</source>
        <translation>Tafuta namba au jina la mgonjwa (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="70"/>
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="72"/>
        <source>Filter by state</source>
        <translation>Chuja kwa hali</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="73"/>
        <source>All states</source>
        <translation>Hali zote</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="77"/>
        <source>Filter by result</source>
        <translation>Chuja kwa matokeo</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="78"/>
        <source>All results</source>
        <translation>Matokeo yote</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="80"/>
        <source>Not screened</source>
        <translation>Haijachunguzwa</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="83"/>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="84"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="84"/>
        <source>Result</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="85"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="83"/>
        <source>Patient ID</source>
        <translation>Namba</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="85"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="91"/>
        <source>Cases</source>
        <translation>Kesi</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="178"/>
        <source>Not finalised</source>
        <translation>Haijakamilishwa</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="179"/>
        <source>no ID yet</source>
        <translation>bado hakuna namba</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_list.py" line="206"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>kesi %n</numerusform>
            <numerusform>kesi %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../ui/confirm.py" line="26"/>
        <source>Finalise this case? It cannot be changed afterwards, and it will be sent to the hospital.</source>
        <translation>Kamilisha kesi hii? Haitaweza kubadilishwa baadaye, na itatumwa hospitalini.</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="28"/>
        <source>Patient ID: %1</source>
        <translation>Namba ya mgonjwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="29"/>
        <source>Age: %1 · Sex: %2</source>
        <translation>Umri: %1 · Jinsia: %2</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="31"/>
        <source>File: %1</source>
        <translation>Faili: %1</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="32"/>
        <source>Result: %1</source>
        <translation>Matokeo: %1</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="45"/>
        <source>Finalise the case?</source>
        <translation>Kamilisha kesi?</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="50"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Kamilisha</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="51"/>
        <source>&amp;Go back</source>
        <translation>&amp;Rudi</translation>
    </message>
</context>
<context>
    <name>DamagedCasesBanner</name>
    <message>
        <location filename="../ui/damaged_banner.py" line="26"/>
        <source>Damaged cases</source>
        <translation>Kesi zilizoharibika</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/damaged_banner.py" line="59"/>
        <source> and %n more</source>
        <translation>
            <numerusform> na nyingine %n</numerusform>
            <numerusform> na nyingine %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/damaged_banner.py" line="61"/>
        <source>%n case(s) were set aside because they are damaged or were changed outside the application: %1. They are not shown or sent as they are; every other case is safe. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup if needed.</source>
        <translation>
            <numerusform>Kesi %n zimewekwa kando kwa sababu zimeharibika au zilibadilishwa nje ya programu: %1. Hazionyeshwi wala kutumwa zilivyo; kesi nyingine zote ziko salama. Mwombe afisa wa TEHAMA aendeshe `cxrscreen doctor` na, ikihitajika, arejeshe folda ya data kutoka kwa nakala ya akiba.</numerusform>
            <numerusform>Kesi %n zimewekwa kando kwa sababu zimeharibika au zilibadilishwa nje ya programu: %1. Hazionyeshwi wala kutumwa zilivyo; kesi nyingine zote ziko salama. Mwombe afisa wa TEHAMA aendeshe `cxrscreen doctor` na, ikihitajika, arejeshe folda ya data kutoka kwa nakala ya akiba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <location filename="../ui/result_panel.py" line="20"/>
        <source>Screening aid, not a diagnosis. The result must be confirmed by a trained clinician; it is only for frontal chest X-rays of children.</source>
        <translation>Msaada wa uchunguzi, si utambuzi wa ugonjwa. Matokeo lazima yathibitishwe na daktari aliyefunzwa; ni kwa X-ray za kifua za mbele za watoto pekee.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/messages.py" line="105"/>
        <source>Import X-ray files</source>
        <translation>Leta faili za X-ray</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="106"/>
        <source>Go to the case list (arrows choose a case)</source>
        <translation>Nenda kwenye orodha ya kesi (mishale huchagua kesi)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>Lock the window now</source>
        <translation>Funga dirisha sasa</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="108"/>
        <source>Search for a patient</source>
        <translation>Tafuta mgonjwa</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="109"/>
        <source>Case form / clinician review</source>
        <translation>Fomu ya kesi / mapitio ya daktari</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="110"/>
        <source>Save the case form</source>
        <translation>Hifadhi fomu ya kesi</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="111"/>
        <source>Finalise the case (queue it for the hospital)</source>
        <translation>Kamilisha kesi (iweke kwenye foleni ya hospitali)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="112"/>
        <source>Print the report</source>
        <translation>Chapisha ripoti</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="113"/>
        <source>Save the report as PDF</source>
        <translation>Hifadhi ripoti kama PDF</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="114"/>
        <source>Send finalised cases now</source>
        <translation>Tuma kesi zilizokamilishwa sasa</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="115"/>
        <source>Heatmap on or off</source>
        <translation>Onyesha au ficha ramani ya rangi</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="116"/>
        <source>Zoom in / out / fit (on the image)</source>
        <translation>Kuza / punguza / onyesha yote (kwenye picha)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="117"/>
        <source>Reset the window (brightness and contrast)</source>
        <translation>Rudisha mwangaza na utofautishaji wa awali</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>Stop the running import or sync</source>
        <translation>Simamisha uletaji au usawazishaji unaoendelea</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="119"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="120"/>
        <source>Accounts: your password; administrators manage accounts</source>
        <translation>Akaunti: nenosiri lako; wasimamizi husimamia akaunti</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="122"/>
        <source>This help</source>
        <translation>Msaada huu</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="129"/>
        <source>Signs of pneumonia — refer to a clinician (red)</source>
        <translation>Dalili za nimonia — mpe rufaa kwa daktari (nyekundu)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="130"/>
        <source>Send the child to the clinic today with the printed report (Ctrl+P). The clinician decides; the result is not a diagnosis.</source>
        <translation>Mpeleke mtoto kliniki leo pamoja na ripoti iliyochapishwa (Ctrl+P). Daktari ndiye anaamua; matokeo si utambuzi wa ugonjwa.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="132"/>
        <source>No signs of pneumonia detected (green)</source>
        <translation>Hakuna dalili za nimonia zilizoonekana (kijani)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="133"/>
        <source>The X-ray showed no signs the model knows. It can be wrong: if the child is unwell (fast breathing, chest drawing in, high fever, not drinking), refer anyway.</source>
        <translation>X-ray haikuonyesha dalili ambazo modeli inazijua. Inaweza kukosea: kama mtoto anaumwa (kupumua haraka, kifua kuvutika ndani, homa kali, hanywi), mpe rufaa hata hivyo.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="135"/>
        <source>Outside the intended use (amber)</source>
        <translation>Nje ya matumizi yaliyokusudiwa (rangi ya chungwa)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="136"/>
        <source>The patient is 16 or older. The model is made for children; its score may be wrong. A clinician must read this X-ray.</source>
        <translation>Mgonjwa ana miaka 16 au zaidi. Modeli imetengenezwa kwa ajili ya watoto; alama yake inaweza kuwa si sahihi. Daktari lazima asome X-ray hii.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="138"/>
        <source>… cannot be screened</source>
        <translation>… haiwezi kuchunguzwa</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>The message says why and what to do: for example, take or choose a frontal chest X-ray, or export the image again. Nothing was stored.</source>
        <translation>Ujumbe unasema kwa nini na nini cha kufanya: kwa mfano, piga au chagua X-ray ya kifua ya mbele, au hamisha picha tena. Hakuna kilichohifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="141"/>
        <source>Finalise (Ctrl+Enter)</source>
        <translation>Kamilisha (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="142"/>
        <source>Check the patient ID and age first: a finalised case cannot be changed. It is sent to the hospital when the network is back.</source>
        <translation>Hakiki kwanza namba ya mgonjwa na umri: kesi iliyokamilishwa haiwezi kubadilishwa. Inatumwa hospitalini mtandao ukirudi.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ui/messages.py" line="157"/>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="161"/>
        <source>CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>CXR Screen ni msaada wa uchunguzi, si utambuzi wa ugonjwa.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="163"/>
        <source>What the result means, and what to do</source>
        <translation>Maana ya matokeo, na nini cha kufanya</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="164"/>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer.py" line="31"/>
        <source>X-ray image</source>
        <translation>Picha ya X-ray</translation>
    </message>
</context>
<context>
    <name>InputCheck</name>
    <message>
        <location filename="../core/screening/check_result.py" line="10"/>
        <source>The image was stored as a negative; it was inverted back before screening.</source>
        <translation>Picha ilihifadhiwa kama negativu; ilirudishwa kawaida kabla ya uchunguzi.</translation>
    </message>
    <message>
        <location filename="../core/screening/check_result.py" line="14"/>
        <source>The image was turned {angle} degrees; it was turned upright before screening.</source>
        <translation>Picha ilikuwa imezungushwa nyuzi {angle}; ilinyooshwa kabla ya uchunguzi.</translation>
    </message>
</context>
<context>
    <name>IntendedUse</name>
    <message>
        <location filename="../core/screening/intended_use.py" line="60"/>
        <source>Outside the intended use: this patient is {age} years old. CXR Screen is made for children (under {limit}); its score was not checked on adults and may be wrong. A clinician must read this X-ray.</source>
        <translation>Nje ya matumizi yaliyokusudiwa: mgonjwa huyu ana miaka {age}. CXR Screen imetengenezwa kwa ajili ya watoto (chini ya miaka {limit}); alama yake haijahakikiwa kwa watu wazima na inaweza kuwa si sahihi. Daktari lazima asome X-ray hii.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/language.py" line="166"/>
        <source>The system&apos;s language (%1)</source>
        <translation>Lugha ya mfumo (%1)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/sign_in.py" line="150"/>
        <source>Locked</source>
        <translation>Imefungwa</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="151"/>
        <source>The cases are hidden. Sign in to go on (you, or another person with an account). Work in the background goes on.</source>
        <translation>Kesi zimefichwa. Ingia ili kuendelea (wewe, au mtu mwingine mwenye akaunti). Kazi za chinichini zinaendelea.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="156"/>
        <source>&amp;Name</source>
        <translation>&amp;Jina</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="157"/>
        <source>&amp;Password</source>
        <translation>&amp;Nenosiri</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="158"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="185"/>
        <source>What %1 typed in this case and did not save was cleared: it was not saved. The case shows what is stored.</source>
        <translation>Alichoandika %1 katika kesi hii bila kuhifadhi kimefutwa: hakikuhifadhiwa. Kesi inaonyesha kilichohifadhiwa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/import_flow.py" line="26"/>
        <source>%1 is already stored (patient %2, file %3, imported %4); it was not added again.</source>
        <translation>%1 tayari imehifadhiwa (mgonjwa %2, faili %3, ililetwa %4); haikuongezwa tena.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="29"/>
        <source>no ID yet</source>
        <translation>bado hakuna namba</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="54"/>
        <source>CXR Screen — chest X-ray screening aid</source>
        <translation>CXR Screen — msaada wa uchunguzi wa X-ray ya kifua</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="74"/>
        <source>Case</source>
        <translation>Kesi</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="75"/>
        <location filename="../ui/window_actions.py" line="63"/>
        <source>Review</source>
        <translation>Mapitio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="76"/>
        <source>Patient details and notes (Ctrl+1)</source>
        <translation>Taarifa za mgonjwa na maelezo (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="77"/>
        <source>Clinician review (Ctrl+2)</source>
        <translation>Mapitio ya daktari (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="32"/>
        <source>Import X-rays…</source>
        <translation>Leta X-ray…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="34"/>
        <source>Finalise</source>
        <translation>Kamilisha</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="36"/>
        <source>Finalise the case and queue it for sending</source>
        <translation>Kamilisha kesi na iweke kwenye foleni ya kutumwa</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="38"/>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="40"/>
        <source>Print report…</source>
        <translation>Chapisha…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="42"/>
        <source>Save report as PDF…</source>
        <translation>Ripoti kama PDF…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="45"/>
        <source>Sync now</source>
        <translation>Tuma sasa</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="46"/>
        <source>Send finalised cases to the hospital now</source>
        <translation>Tuma kesi zilizokamilishwa hospitalini sasa</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="48"/>
        <source>Settings…</source>
        <translation>Mipangilio…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="50"/>
        <source>Accounts…</source>
        <translation>Akaunti…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="52"/>
        <source>Change your password; administrators add and disable accounts</source>
        <translation>Badilisha nenosiri lako; wasimamizi huongeza na kuzima akaunti</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="55"/>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="57"/>
        <source>Cases</source>
        <translation>Kesi</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="59"/>
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="61"/>
        <source>Case form</source>
        <translation>Fomu ya kesi</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="65"/>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="66"/>
        <source>Main actions</source>
        <translation>Vitendo vikuu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>Screening is not possible: %1</source>
        <translation>Uchunguzi hauwezekani: %1</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="31"/>
        <source>Loading the image…</source>
        <translation>Inapakia picha…</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="101"/>
        <source>Finalised: the case is queued to be sent.</source>
        <translation>Imekamilishwa: kesi iko kwenye foleni ya kutumwa.</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="103"/>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="110"/>
        <source>Review recorded.</source>
        <translation>Mapitio yamehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="40"/>
        <source>Import X-rays</source>
        <translation>Leta X-ray</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="42"/>
        <source>X-ray images (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;All files (*)</source>
        <translation>Picha za X-ray (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="60"/>
        <source>Importing</source>
        <translation>Inaleta</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="91"/>
        <source>From the watched folder:</source>
        <translation>Kutoka folda inayofuatiliwa:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="93"/>
        <source>%n X-ray(s) screened.</source>
        <translation>
            <numerusform>X-ray %n imechunguzwa.</numerusform>
            <numerusform>X-ray %n zimechunguzwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="96"/>
        <source>The case on the screen is unchanged; the new case is in the list.</source>
        <translation>Kesi iliyo kwenye skrini haijabadilika; kesi mpya iko kwenye orodha.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="100"/>
        <source>%1 cannot be screened: %2</source>
        <translation>%1 haiwezi kuchunguzwa: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="104"/>
        <source>…and %n more file(s) could not be screened.</source>
        <translation>
            <numerusform>…na faili nyingine %n haikuweza kuchunguzwa.</numerusform>
            <numerusform>…na faili nyingine %n hazikuweza kuchunguzwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="107"/>
        <source>The child was not screened. If the child is unwell, refer to a clinician now; do not wait for a new X-ray.</source>
        <translation>Mtoto hajachunguzwa. Kama mtoto anaumwa, mpe rufaa kwa daktari sasa; usisubiri X-ray mpya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="113"/>
        <source>…and %n more file(s) were already stored.</source>
        <translation>
            <numerusform>…na faili %n nyingine ilikuwa tayari imehifadhiwa.</numerusform>
            <numerusform>…na faili %n nyingine zilikuwa tayari zimehifadhiwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="117"/>
        <source>Import stopped: the remaining files were not imported.</source>
        <translation>Uletaji umesimamishwa: faili zilizobaki hazikuletwa.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="120"/>
        <source>No files to import.</source>
        <translation>Hakuna faili za kuleta.</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="27"/>
        <source>Save report as PDF</source>
        <translation>Hifadhi ripoti kama PDF</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="28"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="52"/>
        <source>Report saved: %1</source>
        <translation>Ripoti imehifadhiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="81"/>
        <source>Report sent to the printer.</source>
        <translation>Ripoti imetumwa kwa printa.</translation>
    </message>
    <message>
        <location filename="../ui/sync_flow.py" line="63"/>
        <source>No server is set up. Open Settings (Ctrl+,) and enter the server address.</source>
        <translation>Hakuna seva iliyowekwa. Fungua Mipangilio (Ctrl+,) na uandike anwani ya seva.</translation>
    </message>
    <message>
        <location filename="../ui/sync_flow.py" line="69"/>
        <source>Sending</source>
        <translation>Inatuma</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>Settings saved.</source>
        <translation>Mipangilio imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/messages.py" line="25"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="26"/>
        <source>Hide this message</source>
        <translation>Ficha ujumbe huu</translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <location filename="../core/xray/dicom.py" line="19"/>
        <source>a mammogram</source>
        <translation>mamografia (picha ya matiti)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="20"/>
        <location filename="../core/xray/dicom.py" line="21"/>
        <source>a dental X-ray</source>
        <translation>X-ray ya meno</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="26"/>
        <source>a CT scan</source>
        <translation>picha ya CT scan</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="27"/>
        <source>an MRI scan</source>
        <translation>picha ya MRI</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="28"/>
        <source>an ultrasound</source>
        <translation>picha ya ultrasauti</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="29"/>
        <source>a nuclear medicine image</source>
        <translation>picha ya tiba ya nyuklia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="30"/>
        <source>a PET scan</source>
        <translation>picha ya PET scan</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="31"/>
        <source>an angiography image</source>
        <translation>picha ya angiografia (mishipa ya damu)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="32"/>
        <source>a fluoroscopy image</source>
        <translation>picha ya fluoroskopia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="33"/>
        <source>an endoscopy image</source>
        <translation>picha ya endoskopia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="34"/>
        <source>an eye photograph</source>
        <translation>picha ya jicho</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="35"/>
        <source>a camera photograph</source>
        <translation>picha ya kamera</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="36"/>
        <source>a microscope image</source>
        <translation>picha ya hadubini</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="37"/>
        <source>an eye scan (OCT)</source>
        <translation>picha ya uchunguzi wa jicho (OCT)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="38"/>
        <source>a microscope slide image</source>
        <translation>picha ya slaidi ya hadubini</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="39"/>
        <source>an ultrasound from inside a blood vessel</source>
        <translation>picha ya ultrasauti ya ndani ya mshipa wa damu</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="41"/>
        <source>a radiotherapy dose file</source>
        <translation>faili ya dozi ya tiba ya mionzi</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="42"/>
        <source>a radiotherapy plan</source>
        <translation>mpango wa tiba ya mionzi</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="43"/>
        <source>a radiotherapy structure set (outlines)</source>
        <translation>seti ya maumbo ya tiba ya mionzi (michoro ya mipaka)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="44"/>
        <source>a radiotherapy treatment record</source>
        <translation>rekodi ya matibabu ya mionzi</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="45"/>
        <source>a segmentation (outlines drawn over a scan)</source>
        <translation>mgawanyo (mipaka iliyochorwa juu ya picha)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="46"/>
        <source>a report (DICOM structured report)</source>
        <translation>ripoti (ripoti ya DICOM SR)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="47"/>
        <source>a document</source>
        <translation>hati</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="48"/>
        <source>a note that marks key images</source>
        <translation>kidokezo kinachoonyesha picha muhimu</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="49"/>
        <source>a display-settings file (presentation state)</source>
        <translation>faili ya mipangilio ya kuonyesha (presentation state)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="50"/>
        <source>an ECG (a heart tracing)</source>
        <translation>ECG (mchoro wa mapigo ya moyo)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="51"/>
        <source>a waveform recording</source>
        <translation>rekodi ya mawimbi</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="52"/>
        <source>a sound recording</source>
        <translation>rekodi ya sauti</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="53"/>
        <source>an image registration file</source>
        <translation>faili ya kulinganisha picha</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <location filename="../core/screening/input_check.py" line="132"/>
        <source>The input check&apos;s metadata.json in {folder} cannot be read ({reason}). Reinstall the application.</source>
        <translation>Faili ya metadata.json ya ukaguzi wa picha kwenye {folder} haiwezi kusomwa ({reason}). Sakinisha programu upya.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="137"/>
        <source>The input check in {folder} is not usable: {problem}. Reinstall the application.</source>
        <translation>Ukaguzi wa picha kwenye {folder} hauwezi kutumika: {problem}. Sakinisha programu upya.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="146"/>
        <source>The input check&apos;s file {file} is missing. Reinstall the application.</source>
        <translation>Faili {file} ya ukaguzi wa picha haipo. Sakinisha programu upya.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="150"/>
        <source>The input check&apos;s file {file} is damaged or was replaced (checksum). Reinstall the application.</source>
        <translation>Faili {file} ya ukaguzi wa picha imeharibika au imebadilishwa (checksum). Sakinisha programu upya.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="157"/>
        <location filename="../core/screening/input_check.py" line="165"/>
        <source>The input check&apos;s {file} cannot be read ({reason}). Reinstall the application.</source>
        <translation>Faili {file} ya ukaguzi wa picha haiwezi kusomwa ({reason}). Sakinisha programu upya.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="169"/>
        <location filename="../core/screening/input_check.py" line="183"/>
        <source>The input check</source>
        <translation>Ukaguzi wa picha</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="174"/>
        <source>The input check&apos;s tensors do not match its metadata. Reinstall the application.</source>
        <translation>Tensa za ukaguzi wa picha haziendani na metadata yake. Sakinisha programu upya.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="184"/>
        <source>The input check&apos;s model file was replaced while it was in use (checksum). Reinstall the application.</source>
        <translation>Faili ya modeli ya ukaguzi wa picha ilibadilishwa ilipokuwa ikitumika (checksum). Sakinisha programu upya.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="99"/>
        <source>No screening model was found in {folder}. Reinstall the application, or pass --model with the folder that holds model.tflite and metadata.json.</source>
        <translation>Hakuna modeli ya uchunguzi iliyopatikana kwenye {folder}. Sakinisha programu upya, au toa --model pamoja na folda yenye model.tflite na metadata.json.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="127"/>
        <source>The model has no operating point {name}; it offers {offered}.</source>
        <translation>Modeli haina kiwango cha uamuzi {name}; inatoa {offered}.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="142"/>
        <source>The model folder {folder} has no metadata.json. Reinstall the application or the model.</source>
        <translation>Folda ya modeli {folder} haina metadata.json. Sakinisha upya programu au modeli.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="146"/>
        <source>The model&apos;s metadata.json cannot be read ({reason}). Reinstall the application or the model.</source>
        <translation>Faili ya metadata.json ya modeli haiwezi kusomwa ({reason}). Sakinisha upya programu au modeli.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="204"/>
        <source>The screening model cannot be used: {detail} Reinstall the application or the model.</source>
        <translation>Modeli ya uchunguzi haiwezi kutumika: {detail} Sakinisha upya programu au modeli.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="218"/>
        <source>{what} cannot be loaded by LiteRT ({reason}). Reinstall the application or the model.</source>
        <translation>{what}: LiteRT haiwezi kuipakia ({reason}). Sakinisha upya programu au modeli.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="35"/>
        <source>The input check model (edge_models/cxr-input-check) is missing, so no image can be checked before screening. Reinstall the application.</source>
        <translation>Modeli ya ukaguzi wa picha (edge_models/cxr-input-check) haipo, kwa hiyo hakuna picha inayoweza kukaguliwa kabla ya kuchunguzwa. Sakinisha programu upya.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="63"/>
        <source>The model file {file} is missing. Reinstall the model.</source>
        <translation>Faili ya modeli {file} haipo. Sakinisha modeli upya.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="67"/>
        <location filename="../core/screening/screener.py" line="86"/>
        <source>The model file</source>
        <translation>Faili ya modeli</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="68"/>
        <source>The model file is damaged or was replaced: its checksum does not match its metadata. Reinstall the application or the model.</source>
        <translation>Faili ya modeli imeharibika au imebadilishwa: checksum yake haiendani na metadata yake. Sakinisha upya programu au modeli.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="87"/>
        <source>The model file was replaced while it was in use: its checksum no longer matches its metadata. Reinstall the application or the model.</source>
        <translation>Faili ya modeli ilibadilishwa ilipokuwa ikitumika: checksum yake haiendani tena na metadata yake. Sakinisha upya programu au modeli.</translation>
    </message>
</context>
<context>
    <name>NotScreened</name>
    <message>
        <location filename="../ui/not_screened.py" line="42"/>
        <source>NOT SCREENED</source>
        <translation>HAIJACHUNGUZWA</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="66"/>
        <source>%1 may still show the chest: you can send it, NOT screened, for a clinician&apos;s reading.</source>
        <translation>%1 huenda inaonyesha kifua: unaweza kuituma, HAIJACHUNGUZWA, kwa daktari aisome.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="69"/>
        <source>Send for a &amp;clinician&apos;s reading</source>
        <translation>Tuma kwa &amp;daktari aisome</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="78"/>
        <source>Send without screening?</source>
        <translation>Tuma bila kuchunguza?</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="79"/>
        <source>CXR Screen did NOT screen this X-ray and gives no result for it. It will be stored as &quot;Not screened&quot; and, once you finalise it, sent to the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>CXR Screen HAIJACHUNGUZA X-ray hii na haitoi matokeo yoyote kwayo. Itahifadhiwa kama &quot;Haijachunguzwa&quot; na, ukiikamilisha, itatumwa hospitalini ili daktari aisome. CXR Screen ni msaada wa uchunguzi, si utambuzi wa ugonjwa.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="88"/>
        <source>&amp;Send for reading</source>
        <translation>&amp;Tuma isomwe</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="90"/>
        <source>&amp;Go back</source>
        <translation>&amp;Rudi</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="124"/>
        <source>Stored as NOT SCREENED: it is in the list. Open it, type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Imehifadhiwa kama HAIJACHUNGUZWA: iko kwenye orodha. Ifungue, andika taarifa za mtoto, kisha Kamilisha ili itumwe kwa daktari aisome.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="131"/>
        <source>Stored as NOT SCREENED. Type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Imehifadhiwa kama HAIJACHUNGUZWA. Andika taarifa za mtoto, kisha Kamilisha ili itumwe kwa daktari aisome.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="40"/>
        <source>NOT SCREENED: sent for a clinician&apos;s reading</source>
        <translation>HAIJACHUNGUZWA: inatumwa kwa daktari aisome</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="42"/>
        <source>This X-ray was NOT screened: CXR Screen made no result and no score for it. It is sent to the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>X-ray hii HAIJACHUNGUZWA: CXR Screen haikutoa matokeo wala alama kwayo. Inatumwa hospitalini ili daktari aisome. CXR Screen ni msaada wa uchunguzi, si utambuzi wa ugonjwa.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="46"/>
        <source>If the child is unwell, refer to a clinician now; do not wait for the reading.</source>
        <translation>Kama mtoto anaumwa, mpe rufaa kwa daktari sasa; usisubiri isomwe.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="49"/>
        <source>Why it was not screened: %1</source>
        <translation>Kwa nini haikuchunguzwa: %1</translation>
    </message>
</context>
<context>
    <name>OperatingPoint</name>
    <message>
        <location filename="../ui/plain_figures.py" line="18"/>
        <source>Screening</source>
        <translation>Uchunguzi</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="18"/>
        <source>Balanced</source>
        <translation>Uwiano</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="19"/>
        <source>Finds the most children</source>
        <translation>Hupata watoto wengi zaidi</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="20"/>
        <source>Site (chosen by the site&apos;s IT)</source>
        <translation>Kituo (kimechaguliwa na TEHAMA ya kituo)</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="25"/>
        <source>on other hospitals&apos; X-rays: finds %1 of 100 children with pneumonia, and sends %2 of 100 children without it to the clinic</source>
        <translation>kwenye X-ray za hospitali nyingine: hupata watoto %1 kati ya 100 wenye nimonia, na hupeleka kliniki watoto %2 kati ya 100 wasio nayo</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="27"/>
        <source>on the test X-rays: finds %1 of 100 children with pneumonia, and sends %2 of 100 children without it to the clinic</source>
        <translation>kwenye X-ray za majaribio: hupata watoto %1 kati ya 100 wenye nimonia, na hupeleka kliniki watoto %2 kati ya 100 wasio nayo</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="40"/>
        <source>%1 — the same as %2 with this model</source>
        <translation>%1 — sawa na %2 kwa modeli hii</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="59"/>
        <source>&amp;Name</source>
        <translation>&amp;Jina</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="60"/>
        <source>&amp;Role</source>
        <translation>J&amp;ukumu</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="62"/>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Nenosiri au PIN</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="63"/>
        <source>Password &amp;again</source>
        <translation>Nenosiri &amp;tena</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="76"/>
        <source>The two passwords are not the same.</source>
        <translation>Manenosiri mawili hayafanani.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="26"/>
        <source>Choose…</source>
        <translation>Chagua…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qt_words.py" line="24"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Tafuta ndani ya:</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="25"/>
        <source>File &amp;name:</source>
        <translation>&amp;Jina la faili:</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="26"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Aina ya faili:</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="27"/>
        <source>Directory:</source>
        <translation>Folda:</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="28"/>
        <source>&amp;Open</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="29"/>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="30"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chagua</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="31"/>
        <source>All Files (*)</source>
        <translation>Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="32"/>
        <source>Back</source>
        <translation>Rudi nyuma</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="33"/>
        <source>Forward</source>
        <translation>Mbele</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="34"/>
        <source>Parent Directory</source>
        <translation>Folda ya juu</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="35"/>
        <source>Create New Folder</source>
        <translation>Unda folda mpya</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="36"/>
        <source>List View</source>
        <translation>Mwonekano wa orodha</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="37"/>
        <source>Detail View</source>
        <translation>Mwonekano wa kina</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="38"/>
        <source>&amp;New Folder</source>
        <translation>Folda &amp;mpya</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="39"/>
        <source>&amp;Delete</source>
        <translation>F&amp;uta</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="40"/>
        <source>&amp;Rename</source>
        <translation>&amp;Badilisha jina</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="41"/>
        <source>Show &amp;hidden files</source>
        <translation>Onyesha faili &amp;zilizofichwa</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/qt_words.py" line="42"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="43"/>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="44"/>
        <source>Date Modified</source>
        <translation>Tarehe ya kubadilishwa</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="45"/>
        <source>Computer</source>
        <translation>Kompyuta</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/qt_words.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="48"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="49"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kata</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="50"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="51"/>
        <source>&amp;Paste</source>
        <translation>&amp;Bandika</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="52"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="53"/>
        <source>Select All</source>
        <translation>Chagua zote</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/qt_words.py" line="16"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="17"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="18"/>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="19"/>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="20"/>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="21"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="22"/>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/recovery_key.py" line="29"/>
        <source>Recovery key</source>
        <translation>Ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="31"/>
        <source>Write down this recovery key and give it to your IT officer to keep locked away, apart from this laptop. It is shown only now. It opens the cases if every password is lost.</source>
        <translation>Andika ufunguo huu wa kurejesha na umpe afisa wa TEHAMA auhifadhi mahali palipofungwa, mbali na kompyuta hii. Unaonyeshwa sasa tu. Unafungua kesi ikiwa manenosiri yote yamepotea.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="45"/>
        <source>It has only the letters A to Z and the digits 2 to 7: there is no zero (0), no one (1) and no eight (8).</source>
        <translation>Una herufi A hadi Z na tarakimu 2 hadi 7 tu: hakuna sifuri (0), moja (1) wala nane (8).</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="48"/>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Hifadhi kwenye faili…</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="49"/>
        <source>&amp;Print…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="54"/>
        <source>To check that it is written down, type its last group of four characters:</source>
        <translation>Kuhakikisha umeuandika, andika kundi lake la mwisho la herufi nne:</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="60"/>
        <source>&amp;Done</source>
        <translation>&amp;Maliza</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="101"/>
        <source>CXR Screen recovery key</source>
        <translation>Ufunguo wa kurejesha wa CXR Screen</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="102"/>
        <source>Data folder: %1</source>
        <translation>Folda ya data: %1</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="103"/>
        <source>Made: %1</source>
        <translation>Imetengenezwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="104"/>
        <source>Keep it locked away, apart from the laptop.</source>
        <translation>Uhifadhi mahali palipofungwa, mbali na kompyuta.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="114"/>
        <source>Save the recovery key</source>
        <translation>Hifadhi ufunguo wa kurejesha</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="116"/>
        <source>Text (*.txt)</source>
        <translation>Maandishi (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="122"/>
        <source>It could not be saved (%1). Choose another place, for example a USB stick.</source>
        <translation>Haikuweza kuhifadhiwa (%1). Chagua mahali pengine, kwa mfano flash ya USB.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="126"/>
        <source>Saved to %1. Move that file to a USB stick that IT keeps, then delete it from this laptop.</source>
        <translation>Imehifadhiwa kwenye %1. Hamisha faili hiyo kwenye flash ya USB inayohifadhiwa na TEHAMA, kisha uifute kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="135"/>
        <source>Sent to the printer.</source>
        <translation>Imetumwa kwa printa.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../core/xray/dicom.py" line="71"/>
        <source>The DICOM file is damaged or incomplete ({error}). Export it again.</source>
        <translation>Faili ya DICOM imeharibika au haijakamilika ({error}). Ihamishe tena.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="80"/>
        <source>This DICOM file holds no image (it may be a report or a study list). Export the X-ray image itself.</source>
        <translation>Faili hii ya DICOM haina picha (huenda ni ripoti au orodha ya vipimo). Hamisha picha ya X-ray yenyewe.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="89"/>
        <source>This DICOM file holds {frames} images (a series or a cine loop); only a single X-ray image can be screened. Export the frontal chest image on its own and try again.</source>
        <translation>Faili hii ya DICOM ina picha {frames} (mfululizo au video); ni picha moja tu ya X-ray inayoweza kuchunguzwa. Hamisha picha ya kifua ya mbele peke yake kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="158"/>
        <location filename="../core/xray/dicom.py" line="179"/>
        <source>This is {kind}: only frontal chest X-rays can be screened.</source>
        <translation>Hii ni {kind}: ni X-ray za kifua za mbele pekee zinazoweza kuchunguzwa.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="164"/>
        <source>This is {kind}, not an X-ray radiograph: only frontal chest X-rays can be screened. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation>Hii ni {kind}, si picha ya X-ray: ni X-ray za kifua za mbele pekee zinazoweza kuchunguzwa. Chagua faili ya X-ray ya kifua ya mtoto kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="170"/>
        <source>This file is marked as {modality}, not as an X-ray radiograph: only frontal chest X-rays can be screened. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation>Faili hii imewekwa alama ya {modality}, si ya picha ya X-ray: ni X-ray za kifua za mbele pekee zinazoweza kuchunguzwa. Chagua faili ya X-ray ya kifua ya mtoto kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="182"/>
        <source>This is an {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation>Hii ni X-ray ya sehemu nyingine («{part}»): ni X-ray za kifua za mbele pekee zinazoweza kuchunguzwa. Chagua au piga X-ray ya kifua ya mbele.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="185"/>
        <source>This is a {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation>Hii ni X-ray ya sehemu nyingine («{part}»): ni X-ray za kifua za mbele pekee zinazoweza kuchunguzwa. Chagua au piga X-ray ya kifua ya mbele.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="191"/>
        <source>This is a side (lateral) view: only frontal chest X-rays (PA or AP) can be screened. Choose the frontal image of the study.</source>
        <translation>Hii ni picha ya upande (lateral): ni X-ray za kifua za mbele (PA au AP) pekee zinazoweza kuchunguzwa. Chagua picha ya mbele ya kipimo hiki.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="223"/>
        <source>This DICOM image has an unexpected shape and cannot be screened.</source>
        <translation>Picha hii ya DICOM ina umbo lisilotarajiwa na haiwezi kuchunguzwa.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="239"/>
        <source>The image data in this DICOM file is damaged or incomplete ({error}). Export the X-ray again.</source>
        <translation>Data ya picha katika faili hii ya DICOM imeharibika au haijakamilika ({error}). Hamisha X-ray tena.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="247"/>
        <source>This DICOM encoding ({encoding}) cannot be decoded here. Export the image uncompressed or as JPEG.</source>
        <translation>Usimbaji huu wa DICOM ({encoding}) hauwezi kusomwa hapa. Hamisha picha bila kubanwa au kama JPEG.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="277"/>
        <source>The image data in this DICOM file is damaged.</source>
        <translation>Data ya picha katika faili hii ya DICOM imeharibika.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="45"/>
        <source>This file is too large to be an X-ray image.</source>
        <translation>Faili hii ni kubwa mno kuwa picha ya X-ray.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="98"/>
        <location filename="../core/xray/read.py" line="42"/>
        <source>This file is not an image the application can read (it is not DICOM, JPEG or PNG). Export the X-ray again from the machine&apos;s console.</source>
        <translation>Faili hii si picha ambayo programu inaweza kusoma (si DICOM, JPEG wala PNG). Hamisha X-ray tena kutoka kwenye kompyuta ya mashine ya X-ray.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="106"/>
        <source>The image is blank or almost uniform: no X-ray can be seen in it. Check the exposure and export the image again.</source>
        <translation>Picha ni tupu au karibu ya rangi moja: hakuna X-ray inayoonekana ndani yake. Hakiki upigaji wa picha kisha uihamishe tena.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="65"/>
        <source>{name} is not a regular file.</source>
        <translation>{name} si faili ya kawaida.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="74"/>
        <source>{name} is a folder, not an image file.</source>
        <translation>{name} ni folda, si faili ya picha.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="77"/>
        <source>The file {path} does not exist.</source>
        <translation>Faili {path} haipo.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="81"/>
        <source>The file {name} cannot be opened: permission denied.</source>
        <translation>Faili {name} haiwezi kufunguliwa: ruhusa imekataliwa.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="85"/>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Faili {name} haiwezi kusomwa ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="88"/>
        <source>The file is empty. Export the X-ray again.</source>
        <translation>Faili ni tupu. Hamisha X-ray tena.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="114"/>
        <source>The file declares an image with no pixels. Export the X-ray again from the console and try again.</source>
        <translation>Faili inaonyesha picha isiyo na pikseli. Hamisha X-ray tena kutoka kwenye kompyuta ya mashine kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="120"/>
        <source>The image declares {cols} x {rows} pixels, far more than any X-ray. The file is damaged or is not an X-ray.</source>
        <translation>Picha inaonyesha pikseli {cols} x {rows}, nyingi kuliko X-ray yoyote. Faili imeharibika au si X-ray.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="131"/>
        <source>The image is only {cols} x {rows} pixels; at least {minimum} pixels on the short side are needed. Export the full-resolution image, not a thumbnail.</source>
        <translation>Picha ina pikseli {cols} x {rows} tu; zinahitajika angalau pikseli {minimum} kwenye upande mfupi. Hamisha picha kamili, si picha ndogo ya hakikisho.</translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="35"/>
        <source>The image declares far more pixels than any X-ray; it cannot be opened.</source>
        <translation>Picha inaonyesha pikseli nyingi kuliko X-ray yoyote; haiwezi kufunguliwa.</translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="41"/>
        <source>The {kind} file is damaged or incomplete ({error}). Copy or export the X-ray again.</source>
        <translation>Faili ya {kind} imeharibika au haijakamilika ({error}). Nakili au hamisha X-ray tena.</translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="46"/>
        <source>Animated or multi-page images cannot be screened.</source>
        <translation>Picha zinazosonga au zenye kurasa nyingi haziwezi kuchunguzwa.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="53"/>
        <source>This is a colour picture, not an X-ray (X-rays are grey). Choose the child&apos;s chest X-ray file; if this is a photograph of the film, use the digital X-ray instead.</source>
        <translation>Hii ni picha ya rangi, si X-ray (X-ray huwa za kijivu). Chagua faili ya X-ray ya kifua ya mtoto; kama hii ni picha iliyopigwa ya filamu, tumia X-ray ya kidijitali badala yake.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="56"/>
        <source>This does not look like an X-ray: it may be a photograph, a document, a screenshot or another kind of scan. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation>Hii haionekani kuwa X-ray: huenda ni picha ya kamera, hati, picha ya skrini au aina nyingine ya kipimo. Chagua faili ya X-ray ya kifua ya mtoto kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="59"/>
        <source>This does not look like a frontal chest X-ray: it may show another part of the body, or the chest from the side. Choose the front view (PA or AP) of the chest and try again.</source>
        <translation>Hii haionekani kuwa X-ray ya kifua ya mbele: huenda inaonyesha sehemu nyingine ya mwili, au kifua kutoka upande. Chagua picha ya mbele (PA au AP) ya kifua kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="63"/>
        <source>This image seems to be a chest X-ray turned ({angle} degrees), and it could not be turned back with confidence. Export it again upright, as it is read on a light box, and try again. If it is not a chest X-ray, choose the child&apos;s chest X-ray file instead.</source>
        <translation>Picha hii inaonekana kuwa X-ray ya kifua iliyozungushwa (nyuzi {angle}), na haikuweza kunyooshwa kwa uhakika. Ihamishe tena ikiwa imenyooka, kama inavyosomwa kwenye kisanduku cha mwanga, kisha ujaribu tena. Kama si X-ray ya kifua, chagua faili ya X-ray ya kifua ya mtoto badala yake.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="68"/>
        <source>This image seems to be a chest X-ray stored as a negative (bones dark, lungs light), and it could not be corrected with confidence. Export it again as a normal image (for DICOM, ask for the MONOCHROME setting to be checked) and try again. If it is not a chest X-ray, choose the child&apos;s chest X-ray file instead.</source>
        <translation>Picha hii inaonekana kuwa X-ray ya kifua iliyohifadhiwa kama negativu (mifupa myeusi, mapafu meupe), na haikuweza kurekebishwa kwa uhakika. Ihamishe tena kama picha ya kawaida (kwa DICOM, omba mpangilio wa MONOCHROME uhakikiwe) kisha ujaribu tena. Kama si X-ray ya kifua, chagua faili ya X-ray ya kifua ya mtoto badala yake.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="73"/>
        <source>This does not look like a frontal chest X-ray: it may be a side (lateral) view, or the chest may be turned away from the plate. Only frontal chest X-rays (PA or AP) can be screened. Choose the front view of the chest and try again.</source>
        <translation>Hii haionekani kuwa X-ray ya kifua ya mbele: huenda ni picha ya upande (lateral), au kifua kimegeuka mbali na bamba. Ni X-ray za kifua za mbele (PA au AP) pekee zinazoweza kuchunguzwa. Chagua picha ya mbele ya kifua kisha ujaribu tena.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>years</source>
        <translation>miaka</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>months</source>
        <translation>miezi</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>weeks</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>days</source>
        <translation>siku</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Female</source>
        <translation>Mke</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Male</source>
        <translation>Mume</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="71"/>
        <source>A clinician must read this X-ray: the patient is outside the intended use of CXR Screen (children).</source>
        <translation>Daktari lazima asome X-ray hii: mgonjwa yuko nje ya matumizi yaliyokusudiwa ya CXR Screen (watoto).</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="74"/>
        <source>Take the child to the clinic today and show this report. Go at once if the child breathes fast or with difficulty, cannot drink, or is very sleepy.</source>
        <translation>Mpeleke mtoto kliniki leo na uonyeshe ripoti hii. Nenda mara moja kama mtoto anapumua haraka au kwa shida, hawezi kunywa, au ana usingizi mwingi sana.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="76"/>
        <source>No signs of pneumonia were found on this X-ray. This does not mean the child is well: if the child is unwell or gets worse, see a clinician.</source>
        <translation>Hakuna dalili za nimonia zilizoonekana kwenye X-ray hii. Hii haimaanishi kuwa mtoto yuko salama: kama mtoto anaumwa au hali inazidi kuwa mbaya, muone daktari.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="93"/>
        <source>Patient ID</source>
        <translation>Namba ya mgonjwa</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="93"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="94"/>
        <source>Sex</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="94"/>
        <source>Age</source>
        <translation>Umri</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="95"/>
        <source>Study date</source>
        <translation>Tarehe ya kipimo</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="95"/>
        <source>Case</source>
        <translation>Kesi</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="96"/>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="97"/>
        <source>Stored at</source>
        <translation>Imehifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="98"/>
        <source>Screened at</source>
        <translation>Imechunguzwa</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="99"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="100"/>
        <source>Health worker</source>
        <translation>Mhudumu wa afya</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="101"/>
        <source>Site</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="102"/>
        <source>Device</source>
        <translation>Kifaa</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="105"/>
        <source>Finalised by</source>
        <translation>Imekamilishwa na</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="108"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation>Bado haijapitiwa na daktari.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="121"/>
        <source>CXR Screen — chest X-ray screening report</source>
        <translation>CXR Screen — ripoti ya uchunguzi wa X-ray ya kifua</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="122"/>
        <source>X-ray</source>
        <translation>X-ray</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="123"/>
        <source>Heatmap: where the model looked</source>
        <translation>Ramani ya rangi: mahali modeli ilipoangalia</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="124"/>
        <source>Patient and case</source>
        <translation>Mgonjwa na kesi</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="125"/>
        <source>Health worker&apos;s notes</source>
        <translation>Maelezo ya mhudumu wa afya</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="126"/>
        <source>Clinician&apos;s review</source>
        <translation>Mapitio ya daktari</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="127"/>
        <source>Operating point</source>
        <translation>Kiwango cha uamuzi</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="128"/>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="129"/>
        <source>Report made</source>
        <translation>Ripoti imetengenezwa</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="130"/>
        <source>What to do now</source>
        <translation>Nini cha kufanya sasa</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="198"/>
        <source>CXR Screen report</source>
        <translation>Ripoti ya CXR Screen</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="214"/>
        <source>The report could not be saved to %1 (%2). Choose another folder or free some disk space.</source>
        <translation>Ripoti haikuweza kuhifadhiwa kwenye %1 (%2). Chagua folda nyingine au ongeza nafasi kwenye diski.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../ui/result_panel.py" line="28"/>
        <source>Refer to a clinician: the check could not confirm that this is a frontal chest X-ray, so a clinician must read it</source>
        <translation>Mpe rufaa kwa daktari: ukaguzi haukuweza kuthibitisha kuwa hii ni X-ray ya kifua ya mbele, kwa hiyo daktari lazima aisome</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="32"/>
        <source>Signs of pneumonia — refer to a clinician</source>
        <translation>Dalili za nimonia — mpe rufaa kwa daktari</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="33"/>
        <source>No signs of pneumonia detected</source>
        <translation>Hakuna dalili za nimonia zilizoonekana</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="37"/>
        <source>screening (default)</source>
        <translation>uchunguzi (chaguo-msingi)</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="38"/>
        <source>balanced</source>
        <translation>uwiano</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="39"/>
        <source>site (chosen by the site&apos;s IT)</source>
        <translation>kituo (kimechaguliwa na TEHAMA ya kituo)</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="49"/>
        <source>Site operating point: %1.</source>
        <translation>Kiwango cha uamuzi cha kituo: %1.</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="54"/>
        <source>Score %1 (refer at %2 or more) · operating point: %3 · model %4 %5</source>
        <translation>Alama %1 (rufaa kuanzia %2) · kiwango cha uamuzi: %3 · modeli %4 %5</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/result_panel.py" line="135"/>
        <source>No case open</source>
        <translation>Hakuna kesi iliyofunguliwa</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="157"/>
        <source>Not checked on adults: %1</source>
        <translation>Haijahakikiwa kwa watu wazima: %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ui/review_panel.py" line="14"/>
        <source>Agree with the result</source>
        <translation>Nakubaliana na matokeo</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="15"/>
        <source>Disagree with the result</source>
        <translation>Sikubaliani na matokeo</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="16"/>
        <source>Uncertain</source>
        <translation>Sina uhakika</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../ui/review_panel.py" line="30"/>
        <source>A&amp;gree</source>
        <translation>Na&amp;kubali</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="30"/>
        <source>&amp;Disagree</source>
        <translation>&amp;Sikubali</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="31"/>
        <source>&amp;Uncertain</source>
        <translation>Sina &amp;uhakika</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="46"/>
        <source>Record &amp;review</source>
        <translation>&amp;Hifadhi mapitio</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="49"/>
        <source>Decision</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="50"/>
        <source>Reviewer</source>
        <translation>Mpitiaji</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="82"/>
        <source>Not screened: there is no result to review. Read the X-ray in the hospital&apos;s system (PACS).</source>
        <translation>Haijachunguzwa: hakuna matokeo ya kupitia. Soma X-ray kwenye mfumo wa hospitali (PACS).</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="122"/>
        <source>Only a clinician can record a review.</source>
        <translation>Ni daktari pekee anayeweza kuhifadhi mapitio.</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="51"/>
        <source>N&amp;ote</source>
        <translation>&amp;Maelezo</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="87"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation>Bado haijapitiwa na daktari.</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="90"/>
        <source>Reviewed by %1 on %2: %3.</source>
        <translation>Imepitiwa na %1 tarehe %2: %3.</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="103"/>
        <source>Only a clinician can record a review (you are signed in as %1).</source>
        <translation>Ni daktari pekee anayeweza kuhifadhi mapitio (umeingia kama %1).</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="120"/>
        <source>Choose agree, disagree or uncertain.</source>
        <translation>Chagua nakubali, sikubali au sina uhakika.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>unchanged</source>
        <translation>haijabadilishwa</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>not set</source>
        <translation>haijawekwa</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>From the site configuration: %1</source>
        <translation>Kutoka kwa usanidi wa kituo: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="73"/>
        <source>The certificate authorities this application ships with (the site configuration names no CA file)</source>
        <translation>Mamlaka za vyeti zinazokuja na programu hii (usanidi wa kituo hautaji faili ya CA)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Only the IT officer&apos;s site configuration file can choose which certificates are trusted.</source>
        <translation>Faili ya usanidi wa kituo ya afisa wa TEHAMA pekee ndiyo huchagua vyeti vinavyoaminiwa.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="80"/>
        <source>Send finalised cases automatically when the server can be reached</source>
        <translation>Tuma kesi zilizokamilishwa zenyewe seva inapopatikana</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="83"/>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>Watched folder</source>
        <translation>Folda inayofuatiliwa</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>The model&apos;s default</source>
        <translation>Chaguo-msingi la modeli</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>Only an administrator (IT) can change the operating point.</source>
        <translation>Msimamizi (TEHAMA) pekee ndiye anaweza kubadilisha kiwango cha uamuzi.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="123"/>
        <source>Data folder</source>
        <translation>Folda ya data</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>Server address (DICOMweb)</source>
        <translation>Anwani ya seva (DICOMweb)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>User</source>
        <translation>Mtumiaji</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="132"/>
        <source>Password</source>
        <translation>Nenosiri</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source>Trusted certificates</source>
        <translation>Vyeti vinavyoaminiwa</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="136"/>
        <source>Operating point</source>
        <translation>Kiwango cha uamuzi</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <source>Data folder (restart to apply)</source>
        <translation>Folda ya data (baada ya kuanzisha upya)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>Language (restart to apply)</source>
        <translation>Lugha (baada ya kuanzisha upya)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="146"/>
        <source>Values left as the site configuration sets them follow it. The password is stored encrypted on this laptop.</source>
        <translation>Thamani zilizoachwa kama usanidi wa kituo unavyoziweka zitaufuata. Nenosiri linahifadhiwa kwa usimbaji fiche kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>type it again for the new address</source>
        <translation>iandike tena kwa anwani mpya</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="192"/>
        <source>The server address changed. Type the password for the new address: the saved password works only for the address it was typed for.</source>
        <translation>Anwani ya seva imebadilika. Andika nenosiri la anwani mpya: nenosiri lililohifadhiwa linafanya kazi tu kwa anwani lililoandikiwa.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>The watched folder does not exist: %1</source>
        <translation>Folda inayofuatiliwa haipo: %1</translation>
    </message>
</context>
<context>
    <name>SettingsError</name>
    <message>
        <location filename="../core/settings.py" line="192"/>
        <source>The settings file {path} was changed outside the application (it does not match what CXR Screen saved), so nothing is sent with it and the site&apos;s settings are used. Open the settings, check the server address, user and password, and save them again; tell your IT officer that the data folder was edited.</source>
        <translation>Faili la mipangilio {path} lilibadilishwa nje ya programu (halilingani na kile CXR Screen ilichohifadhi), kwa hiyo hakuna kinachotumwa nalo na mipangilio ya kituo inatumika. Fungua mipangilio, kagua anwani ya seva, mtumiaji na nenosiri, kisha uyahifadhi tena; mwambie afisa wa TEHAMA kwamba folda ya data ilibadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="205"/>
        <source>The site configuration file {path} contains credentials ({keys}). Credentials must never be in the site file, which is copied to every laptop. Remove them and enter the user and password on each laptop.</source>
        <translation>Faili ya usanidi wa kituo {path} ina vitambulisho vya kuingia ({keys}). Vitambulisho havipaswi kamwe kuwa kwenye faili ya kituo, ambayo inanakiliwa kwenye kila kompyuta. Viondoe na uandike jina la mtumiaji na nenosiri kwenye kila kompyuta.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="261"/>
        <source>The saved sync password cannot be read before someone signs in. Sign in. Enter it again in the settings if it still cannot be read.</source>
        <translation>Nenosiri la kutuma lililohifadhiwa haliwezi kusomwa kabla mtu hajaingia. Ingia. Ikiwa bado haliwezi kusomwa, liandike tena kwenye Mipangilio.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="277"/>
        <source>The saved sync password cannot be used for the server {url}: it was typed for another server address (a changed address needs the password again), or saved by an older version or on another laptop. Enter it again in the settings. If you did not change the address, tell your IT officer: the settings may have been edited.</source>
        <translation>Nenosiri la kutuma lililohifadhiwa haliwezi kutumika kwa seva {url}: liliandikwa kwa anwani nyingine ya seva (anwani iliyobadilishwa inahitaji nenosiri tena), au lilihifadhiwa na toleo la zamani au kwenye kompyuta nyingine. Liandike tena kwenye Mipangilio. Ikiwa hukubadilisha anwani, mwambie afisa wa TEHAMA: huenda mipangilio imebadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="289"/>
        <source>The data folder pointer {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation>Faili inayoonyesha folda ya data, {path}, haiwezi kusomwa ({reason}). Irekebishe au uifute.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="292"/>
        <location filename="../core/screening/site_operating_point.py" line="67"/>
        <source>The site configuration file {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation>Faili ya usanidi wa kituo {path} haiwezi kusomwa ({reason}). Irekebishe au uifute.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="295"/>
        <source>The settings file {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation>Faili ya mipangilio {path} haiwezi kusomwa ({reason}). Irekebishe au uifute.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="309"/>
        <source>it does not hold one JSON object {...}</source>
        <translation>haina kitu kimoja cha JSON {...}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="317"/>
        <source>The settings were written by a newer version of CXR Screen. Install that version, or remove the settings file.</source>
        <translation>Mipangilio iliandikwa na toleo jipya zaidi la CXR Screen. Sakinisha toleo hilo, au ufute faili ya mipangilio.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="333"/>
        <source>The setting {key} must be {kind}, not {value}.</source>
        <translation>Mpangilio {key} lazima uwe wa aina {kind}, si {value}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="339"/>
        <source>The server address must start with https:// (or http:// on a closed network): {url}</source>
        <translation>Anwani ya seva lazima ianze na https:// (au http:// kwenye mtandao uliofungwa): {url}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="363"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} haiwezi kuandikwa ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="81"/>
        <source>The site operating point in {path} is not valid: it needs a threshold between 0 and 1 and the model&apos;s sha256 (64 characters). Ask IT to copy it again from the file cxrscreen monitor wrote (site_operating_point.json).</source>
        <translation>Kiwango cha uamuzi cha kituo kwenye {path} si sahihi: kinahitaji kiwango kati ya 0 na 1 na sha256 ya modeli (herufi 64). Omba TEHAMA ya kituo ikinakili tena kutoka kwenye faili iliyoandikwa na cxrscreen monitor (site_operating_point.json).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/sign_in.py" line="68"/>
        <source>CXR Screen — sign in</source>
        <translation>CXR Screen — ingia</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="72"/>
        <source>Protect the saved cases</source>
        <translation>Linda kesi zilizohifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="73"/>
        <source>The cases on this laptop were saved by an older version and are not protected. Create the administrator account: the cases are then encrypted, and every person signs in with their own account. No case is lost.</source>
        <translation>Kesi kwenye kompyuta hii zilihifadhiwa na toleo la zamani na hazijalindwa. Unda akaunti ya msimamizi: kesi zitasimbwa kwa siri, na kila mtu ataingia kwa akaunti yake. Hakuna kesi itakayopotea.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="77"/>
        <source>Set up CXR Screen</source>
        <translation>Sanidi CXR Screen</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="78"/>
        <source>Create the administrator account. The administrator then adds an account for each health worker and clinician.</source>
        <translation>Unda akaunti ya msimamizi. Kisha msimamizi ataongeza akaunti kwa kila mhudumu wa afya na kila daktari.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="81"/>
        <source>Sign in</source>
        <translation>Ingia</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="81"/>
        <source>Enter your name and password or PIN.</source>
        <translation>Andika jina lako na nenosiri au PIN.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="87"/>
        <source>&amp;Name</source>
        <translation>&amp;Jina</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="88"/>
        <source>&amp;Password</source>
        <translation>&amp;Nenosiri</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="92"/>
        <source>Password &amp;again</source>
        <translation>Nenosiri &amp;tena</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="93"/>
        <source>Create and sign in</source>
        <translation>Unda na uingie</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="93"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Ingia</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="102"/>
        <source>The two passwords are not the same.</source>
        <translation>Manenosiri mawili hayafanani.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="128"/>
        <source>Protecting the saved cases… %1 files done.</source>
        <translation>Inalinda kesi zilizohifadhiwa… faili %1 zimekamilika.</translation>
    </message>
</context>
<context>
    <name>SitePoint</name>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="40"/>
        <source>set by the site&apos;s IT</source>
        <translation>umewekwa na TEHAMA ya kituo</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="42"/>
        <source>from {cases} reviewed cases</source>
        <translation>kutoka kesi {cases} zilizopitiwa</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="45"/>
        <source>for a target sensitivity of {percent}%</source>
        <translation>kwa unyeti unaolengwa wa {percent}%</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="49"/>
        <source>on {date}</source>
        <translation>tarehe {date}</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="92"/>
        <source>The model&apos;s default is used meanwhile.</source>
        <translation>Kwa sasa, kiwango cha kawaida cha modeli kinatumika.</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="97"/>
        <source>The site&apos;s operating point (threshold {threshold}) was chosen for model {version} (sha256 {sha}), but this laptop has model {model} (sha256 {model_sha}). It is not used: results use the model&apos;s own default point until IT chooses a new site point for this model (cxrscreen monitor).</source>
        <translation>Kiwango cha uamuzi cha kituo (kiwango {threshold}) kilichaguliwa kwa modeli {version} (sha256 {sha}), lakini kompyuta hii ina modeli {model} (sha256 {model_sha}). Hakitumiki: matokeo yanatumia kiwango cha kawaida cha modeli yenyewe hadi TEHAMA ya kituo ichague kiwango kipya kwa modeli hii (cxrscreen monitor).</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="104"/>
        <source>Site operating point in use: threshold {threshold}, {provenance}.</source>
        <translation>Kiwango cha uamuzi cha kituo kinatumika: kiwango {threshold}, {provenance}.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../ui/status.py" line="29"/>
        <source>Cancel (Esc)</source>
        <translation>Ghairi (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="55"/>
        <source>Server: not set up</source>
        <translation>Seva: haijawekwa</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="57"/>
        <source>Server: checking…</source>
        <translation>Seva: inakaguliwa…</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="59"/>
        <source>Server: reachable</source>
        <translation>Seva: inapatikana</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="61"/>
        <source>Server: not reachable</source>
        <translation>Seva: haipatikani</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="71"/>
        <source>health worker</source>
        <translation>mhudumu wa afya</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="71"/>
        <source>clinician</source>
        <translation>daktari</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="72"/>
        <source>administrator</source>
        <translation>msimamizi</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="73"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="75"/>
        <source>Signed in: %1. Everything you do is recorded under this name.</source>
        <translation>Umeingia: %1. Kila unachofanya kinahifadhiwa kwa jina hili.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/status.py" line="80"/>
        <source>%n case(s) waiting to be sent</source>
        <translation>
            <numerusform>kesi %n inasubiri kutumwa</numerusform>
            <numerusform>kesi %n zinasubiri kutumwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="84"/>
        <source>Last sync: never</source>
        <translation>Utumaji wa mwisho: bado</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="88"/>
        <source>Last sync: %1</source>
        <translation>Utumaji wa mwisho: %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/errors.py" line="103"/>
        <source>This X-ray is already stored as case {case} (from {file}); it was not added again.</source>
        <translation>X-ray hii tayari imehifadhiwa kama kesi {case} (kutoka {file}); haikuongezwa tena.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="153"/>
        <source>Case {case} is damaged ({what}) and was set aside: it is not shown or sent as it is. Every other case is safe and goes on. Ask your IT officer to run `cxrscreen doctor`, and to restore the data folder from a backup if needed.</source>
        <translation>Kesi {case} imeharibika ({what}) na imewekwa kando: haionyeshwi wala haitumwi kama ilivyo. Kesi nyingine zote ziko salama na zinaendelea. Mwombe afisa wa TEHAMA aendeshe `cxrscreen doctor`, na arejeshe folda ya data kutoka kwenye nakala ya akiba ikihitajika.</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="32"/>
        <source>This account&apos;s entry in the case database is damaged, so it cannot sign in. Ask your IT officer: another account, or the recovery key, can still open the data folder.</source>
        <translation>Taarifa ya akaunti hii kwenye hifadhidata ya kesi imeharibika, kwa hiyo haiwezi kuingia. Muulize afisa wa TEHAMA: akaunti nyingine, au ufunguo wa kurejesha, bado unaweza kufungua folda ya data.</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="37"/>
        <source>This account belongs to another data folder.</source>
        <translation>Akaunti hii ni ya folda nyingine ya data.</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="58"/>
        <source>add accounts</source>
        <translation>kuongeza akaunti</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="73"/>
        <source>disable accounts</source>
        <translation>kuzima akaunti</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="81"/>
        <source>reset passwords</source>
        <translation>kuweka upya manenosiri</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="59"/>
        <source>a health worker</source>
        <translation>mhudumu wa afya</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="60"/>
        <source>a clinician</source>
        <translation>daktari</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="61"/>
        <source>an administrator</source>
        <translation>msimamizi</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="68"/>
        <source> or </source>
        <translation> au </translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="70"/>
        <source>Only {who} can {action}. You are signed in as {name} ({role}); ask {who} to do it.</source>
        <translation>Ni {who} pekee anayeweza {action}. Umeingia kama {name} ({role}); mwombe {who} afanye hivyo.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="78"/>
        <source>A password or PIN needs at least {count} characters.</source>
        <translation>Nenosiri au PIN linahitaji angalau herufi {count}.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="86"/>
        <source>An account name needs 1 to 64 characters, on one line.</source>
        <translation>Jina la akaunti linahitaji herufi 1 hadi 64, kwenye mstari mmoja.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="96"/>
        <source>An account named {name} already exists.</source>
        <translation>Akaunti yenye jina {name} tayari ipo.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="116"/>
        <source>The name or the password is not right. Check both and try again (capital letters count).</source>
        <translation>Jina au nenosiri si sahihi. Kagua vyote viwili kisha ujaribu tena (herufi kubwa zina maana).</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="126"/>
        <source>The account {name} is disabled. Ask your administrator.</source>
        <translation>Akaunti {name} imezimwa. Muulize msimamizi wako.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="133"/>
        <source>Too many wrong passwords for {name}. Wait {count} seconds and try again, or ask your administrator to reset the password.</source>
        <translation>Manenosiri mengi mno yasiyo sahihi kwa {name}. Subiri sekunde {count} kisha ujaribu tena, au mwombe msimamizi wako aweke upya nenosiri.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="137"/>
        <source>Too many wrong passwords for {name}. Wait {count} minutes and try again, or ask your administrator to reset the password.</source>
        <translation>Manenosiri mengi mno yasiyo sahihi kwa {name}. Subiri dakika {count} kisha ujaribu tena, au mwombe msimamizi wako aweke upya nenosiri.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="152"/>
        <source>Signing in is not possible right now: the data folder cannot be written (the disk may be full), so wrong passwords could not be counted. Cases already stored are safe. Free some space on the disk (or ask your IT officer), then sign in again.</source>
        <translation>Kuingia hakuwezekani sasa hivi: folda ya data haiwezi kuandikwa (huenda diski imejaa), kwa hiyo manenosiri yasiyo sahihi yasingeweza kuhesabiwa. Kesi zilizokwisha kuhifadhiwa ziko salama. Ongeza nafasi kwenye diski (au muulize afisa wa TEHAMA), kisha uingie tena.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="181"/>
        <source>The account {name} was changed outside the application (its role or state does not match what was stored), so it cannot sign in. Ask your administrator to disable it and give it a new password, or to add a new account; tell your IT officer that the data folder was edited.</source>
        <translation>Akaunti {name} ilibadilishwa nje ya programu (jukumu lake au hali yake hailingani na kilichohifadhiwa), kwa hiyo haiwezi kuingia. Mwombe msimamizi wako aizime na aipe nenosiri jipya, au aongeze akaunti mpya; mwambie afisa wa TEHAMA kwamba folda ya data ilibadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="223"/>
        <source>This is the only administrator left; add another administrator before disabling it.</source>
        <translation>Huyu ndiye msimamizi pekee aliyebaki; ongeza msimamizi mwingine kabla ya kumzima.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="247"/>
        <source>The account {name} was changed outside the application, so its password is not reset (that would keep the role written into the file). Disable it first (its role is then set to health worker), then reset its password.</source>
        <translation>Akaunti {name} ilibadilishwa nje ya programu, kwa hiyo nenosiri lake halibadilishwi (hilo lingebakiza jukumu lililoandikwa kwenye faili). Izime kwanza (jukumu lake linakuwa mhudumu wa afya), kisha badilisha nenosiri lake.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="264"/>
        <source>There is no account named {name}. `cxrscreen users list` shows the accounts.</source>
        <translation>Hakuna akaunti yenye jina {name}. `cxrscreen users list` inaonyesha akaunti.</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="71"/>
        <source>Sign in first.</source>
        <translation>Ingia kwanza.</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="159"/>
        <source>patient details</source>
        <translation>taarifa za mgonjwa</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="171"/>
        <source>notes</source>
        <translation>maelezo</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="191"/>
        <source>record a review</source>
        <translation>kuhifadhi mapitio</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="196"/>
        <source>Case {case} was not screened: there is no result to agree or disagree with. Record your reading of the X-ray in the hospital&apos;s system.</source>
        <translation>Kesi {case} haijachunguzwa: hakuna matokeo ya kusema nakubali au sikubali. Andika usomaji wako wa X-ray kwenye mfumo wa hospitali.</translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="127"/>
        <source>No case {case} is stored here (several cases start with it; type more of the id).</source>
        <translation>Hakuna kesi {case} iliyohifadhiwa hapa (kesi kadhaa zinaanza hivyo; andika zaidi ya kitambulisho).</translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="129"/>
        <source>No case {case} is stored here.</source>
        <translation>Hakuna kesi {case} iliyohifadhiwa hapa.</translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="144"/>
        <source>Case {case} was sent and then cleared from this laptop (the site keeps cases only for a set time after the hospital confirms them). Its image and report are on the hospital&apos;s server.</source>
        <translation>Kesi {case} ilitumwa kisha ikafutwa kwenye kompyuta hii (kituo kinahifadhi kesi kwa muda uliowekwa tu baada ya hospitali kuzithibitisha). Picha yake na ripoti yake viko kwenye seva ya hospitali.</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="91"/>
        <source>Sex must be M, F or O (other), or left empty.</source>
        <translation>Jinsia lazima iwe M, F au O (nyingine), au iachwe wazi.</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="224"/>
        <source>screened</source>
        <translation>imechunguzwa</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="225"/>
        <source>finalised</source>
        <translation>imekamilishwa</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="226"/>
        <source>sent</source>
        <translation>imetumwa</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="235"/>
        <source>Case {case} is already {state}; it cannot become {target} (a case only moves forward: screened, finalised, sent).</source>
        <translation>Kesi {case} tayari {state}; haiwezi kuwa {target} (kesi inasonga mbele tu: imechunguzwa, imekamilishwa, imetumwa).</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="244"/>
        <source>The {what} of case {case} can no longer be changed: the case is {state} and its data is queued for (or already at) the hospital. Add a note in a clinician review instead.</source>
        <translation>Kwa kesi {case}, haiwezekani tena kubadilisha {what}: kesi ni {state} na data yake inasubiri kutumwa hospitalini (au tayari iko huko). Badala yake ongeza maelezo kwenye mapitio ya daktari.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="31"/>
        <source>The disk is full, so nothing new could be saved in {where}. Cases already stored are safe. Free some space (empty the recycle bin, remove other files), then try again.</source>
        <translation>Diski imejaa, kwa hiyo hakuna kipya kilichoweza kuhifadhiwa kwenye {where}. Kesi zilizokwisha kuhifadhiwa ziko salama. Ongeza nafasi (safisha pipa la taka, futa faili nyingine), kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="38"/>
        <source>The data folder {where} cannot be written to (it is read-only or belongs to another user). Cases already stored are safe. Ask your IT officer to fix the folder&apos;s permissions, or start the application with another data folder.</source>
        <translation>Folda ya data {where} haiwezi kuandikwa (ni ya kusoma tu au ni ya mtumiaji mwingine). Kesi zilizokwisha kuhifadhiwa ziko salama. Mwombe afisa wa TEHAMA arekebishe ruhusa za folda, au anzisha programu kwa folda nyingine ya data.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="51"/>
        <source>The data folder {where} could not be used ({reason}). Cases already stored are safe. Check the disk, then try again.</source>
        <translation>Folda ya data {where} haikuweza kutumika ({reason}). Kesi zilizokwisha kuhifadhiwa ziko salama. Kagua diski, kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="142"/>
        <source>A stored file is missing from {folder} ({file}). The data folder was changed outside the application; restore it from a backup.</source>
        <translation>Faili iliyohifadhiwa haipo kwenye {folder} ({file}). Folda ya data ilibadilishwa nje ya programu; irejeshe kutoka kwenye nakala ya akiba.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="153"/>
        <source>A stored file is damaged ({file}): its content no longer matches its checksum. Restore the data folder from a backup.</source>
        <translation>Faili iliyohifadhiwa imeharibika ({file}): maudhui yake hayaendani tena na checksum yake. Rejesha folda ya data kutoka kwenye nakala ya akiba.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="214"/>
        <source>The case database is busy: another CXR Screen window or program is using it. Close the other one, wait a moment, and try again. Nothing was changed.</source>
        <translation>Hifadhidata ya kesi inatumika: dirisha jingine la CXR Screen au programu nyingine inaitumia. Funga hiyo nyingine, subiri kidogo, kisha ujaribu tena. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="226"/>
        <source>The case database could not be used ({reason}). Nothing was changed.</source>
        <translation>Hifadhidata ya kesi haikuweza kutumika ({reason}). Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="237"/>
        <source>A value in the case database is not readable text: the database was changed outside the application or is damaged. Ask your IT officer to run `cxrscreen doctor`.</source>
        <translation>Thamani moja kwenye hifadhidata ya kesi si maandishi yanayosomeka: hifadhidata ilibadilishwa nje ya programu au imeharibika. Mwombe afisa wa TEHAMA aendeshe `cxrscreen doctor`.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="244"/>
        <source>The case database in {folder} is damaged. Do not delete anything; ask your IT officer to restore it from a backup.</source>
        <translation>Hifadhidata ya kesi kwenye {folder} imeharibika. Usifute chochote; mwombe afisa wa TEHAMA airejeshe kutoka kwenye nakala ya akiba.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="64"/>
        <source>This recovery key does not open this data folder. Check it letter by letter.</source>
        <translation>Ufunguo huu wa kurejesha haufungui folda hii ya data. Ukague herufi kwa herufi.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="94"/>
        <source>The data folder {folder} is already set up; nothing was changed. Sign in, or choose another folder.</source>
        <translation>Folda ya data {folder} tayari imewekwa; hakuna kilichobadilishwa. Ingia, au chagua folda nyingine.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="104"/>
        <source>Another program set up this data folder at the same time; nothing was changed.</source>
        <translation>Programu nyingine iliweka folda hii ya data wakati huo huo; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="131"/>
        <source>The data folder {folder} does not need an upgrade.</source>
        <translation>Folda ya data {folder} haihitaji kusasishwa.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="143"/>
        <source>The data folder {folder} is not set up yet. Start the application to create the administrator, or run `cxrscreen init --admin NAME`.</source>
        <translation>Folda ya data {folder} bado haijawekwa. Anzisha programu ili kuunda msimamizi, au endesha `cxrscreen init --admin NAME`.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="148"/>
        <location filename="../core/store/schema.py" line="154"/>
        <source>The cases in this data folder were saved by an older version of CXR Screen and are not protected yet. An administrator must start the application (or run `cxrscreen init --admin NAME`) once to protect them; no case is lost.</source>
        <translation>Kesi za folda hii ya data zilihifadhiwa na toleo la zamani la CXR Screen na bado hazijalindwa. Msimamizi lazima aanzishe programu (au aendeshe `cxrscreen init --admin NAME`) mara moja ili kuzilinda; hakuna kesi inayopotea.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="229"/>
        <source>accept an older database</source>
        <translation>kukubali hifadhidata ya zamani zaidi</translation>
    </message>
    <message>
        <location filename="../core/store/outbox.py" line="68"/>
        <source>The list of what is left to send is damaged. Nothing was sent or changed. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation>Orodha ya vilivyobaki kutumwa imeharibika. Hakuna kilichotumwa wala kubadilishwa. Mwombe afisa wa TEHAMA aendeshe `cxrscreen doctor` na arejeshe folda ya data kutoka kwenye nakala ya akiba.</translation>
    </message>
    <message>
        <location filename="../core/store/quarantine.py" line="85"/>
        <source>The case database in {folder} is older than the files beside it: it holds {have} cases, but this folder had {had}. It may be a restored backup, or a copy whose cases.sqlite3-wal file was lost. Nothing was changed or deleted. Put back the newer cases.sqlite3 together with its -wal file, or restore the whole folder from one backup. If this older database is really the one to keep, an administrator runs `cxrscreen doctor --accept-older-database` (the files of the newer cases are kept in the quarantine folder).</source>
        <translation>Hifadhidata ya kesi kwenye {folder} ni ya zamani kuliko faili zilizo kando yake: ina kesi {have}, lakini folda hii ilikuwa na {had}. Huenda ni nakala ya akiba iliyorejeshwa, au nakala ambayo faili yake ya cases.sqlite3-wal ilipotea. Hakuna kilichobadilishwa wala kufutwa. Rudisha cases.sqlite3 mpya zaidi pamoja na faili yake ya -wal, au rejesha folda nzima kutoka kwenye nakala moja ya akiba. Ikiwa hifadhidata hii ya zamani ndiyo ya kubaki kweli, msimamizi aendeshe `cxrscreen doctor --accept-older-database` (faili za kesi mpya zaidi zinahifadhiwa kwenye folda ya quarantine).</translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="18"/>
        <source>health worker</source>
        <translation>mhudumu wa afya</translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="19"/>
        <source>clinician</source>
        <translation>daktari</translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="20"/>
        <source>administrator</source>
        <translation>msimamizi</translation>
    </message>
    <message>
        <location filename="../core/store/schema.py" line="146"/>
        <source>These cases were saved by a newer version of CXR Screen. Install that version (or newer) to open them; nothing was changed.</source>
        <translation>Kesi hizi zilihifadhiwa na toleo jipya zaidi la CXR Screen. Sakinisha toleo hilo (au jipya zaidi) ili kuzifungua; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/store/schema.py" line="183"/>
        <source>A value of case {case} cannot be read: it was changed outside the application, or copied from another data folder. Ask your IT officer to restore the data folder from a backup.</source>
        <translation>Thamani moja ya kesi {case} haiwezi kusomwa: ilibadilishwa nje ya programu, au ilinakiliwa kutoka folda nyingine ya data. Mwombe afisa wa TEHAMA arejeshe folda ya data kutoka kwenye nakala ya akiba.</translation>
    </message>
    <message>
        <location filename="../core/store/upgrade.py" line="80"/>
        <source>The case database is in use by another CXR Screen window or program. Close it and try again; nothing was changed.</source>
        <translation>Hifadhidata ya kesi inatumiwa na dirisha jingine la CXR Screen au programu nyingine. Ifunge kisha ujaribu tena; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/store/upgrade.py" line="89"/>
        <source>The old case database is still being changed by another program. Close every CXR Screen window and try again; nothing was changed.</source>
        <translation>Hifadhidata ya zamani ya kesi bado inabadilishwa na programu nyingine. Funga kila dirisha la CXR Screen kisha ujaribu tena; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="40"/>
        <source>its {what} was changed outside the application: it does not match its tag</source>
        <translation>{what} ilibadilishwa nje ya programu: hailingani na alama yake ya uhalisi</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="42"/>
        <source>row</source>
        <translation>safu iliyohifadhiwa</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="43"/>
        <source>result or record</source>
        <translation>matokeo au rekodi</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="44"/>
        <location filename="../core/store/integrity.py" line="116"/>
        <source>review</source>
        <translation>mapitio</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="45"/>
        <source>list of what to send</source>
        <translation>orodha ya vitu vya kutuma</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="46"/>
        <location filename="../core/store/integrity.py" line="118"/>
        <source>account</source>
        <translation>akaunti</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="94"/>
        <source>A stored {what} ({key}) was changed outside the application (it has no tag), so it is not used as it is. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation>Data iliyohifadhiwa ({what}, {key}) ilibadilishwa nje ya programu (haina alama ya uhalisi), kwa hiyo haitumiki kama ilivyo. Mwombe afisa wa TEHAMA aendeshe `cxrscreen doctor` na arejeshe folda ya data kutoka kwenye nakala ya akiba.</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="98"/>
        <source>A stored {what} ({key}) was changed outside the application (it does not match its tag), so it is not used as it is. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation>Data iliyohifadhiwa ({what}, {key}) ilibadilishwa nje ya programu (hailingani na alama yake ya uhalisi), kwa hiyo haitumiki kama ilivyo. Mwombe afisa wa TEHAMA aendeshe `cxrscreen doctor` na arejeshe folda ya data kutoka kwenye nakala ya akiba.</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="115"/>
        <source>case</source>
        <translation>kesi</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="117"/>
        <source>item to send</source>
        <translation>kitu cha kutuma</translation>
    </message>
    <message>
        <location filename="../core/store/not_screened_methods.py" line="43"/>
        <source>This film cannot be sent for a clinician&apos;s reading: it is not known to be a chest X-ray (it was refused as {refusal}). Take or export a chest X-ray.</source>
        <translation>X-ray hii haiwezi kutumwa kwa daktari aisome: haijulikani kuwa ni X-ray ya kifua (ilikataliwa: {refusal}). Piga au hamisha X-ray ya kifua.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../core/sync/dicomweb.py" line="36"/>
        <source>No hospital server is set. Enter the server address (DICOMweb URL), user and password in the settings, or ask your IT officer for the site configuration.</source>
        <translation>Hakuna seva ya hospitali iliyowekwa. Andika anwani ya seva (URL ya DICOMweb), jina la mtumiaji na nenosiri kwenye Mipangilio, au mwombe afisa wa TEHAMA usanidi wa kituo.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="75"/>
        <source>The server refused the case (HTTP {status}): {reason}. Ask your IT officer to check the server&apos;s log; the case stays queued.</source>
        <translation>Seva ilikataa kesi (HTTP {status}): {reason}. Mwombe afisa wa TEHAMA akague kumbukumbu za seva; kesi inabaki ikisubiri kutumwa.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="81"/>
        <source>The server gave an answer a DICOMweb server does not give (HTTP {status}). Nothing was marked as sent; ask your IT officer to check the server address.</source>
        <translation>Seva ilitoa jibu ambalo seva ya DICOMweb haitoi (HTTP {status}). Hakuna kilichowekwa alama kuwa kimetumwa; mwombe afisa wa TEHAMA akague anwani ya seva.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="127"/>
        <source>The server could not search (HTTP {status}).</source>
        <translation>Seva haikuweza kutafuta (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="133"/>
        <source>The server&apos;s search answer was cut off or unreadable; try again.</source>
        <translation>Jibu la seva kwa utafutaji lilikatika au halisomeki; jaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="145"/>
        <source>The server&apos;s answer was cut off or unreadable; try again.</source>
        <translation>Jibu la seva lilikatika au halisomeki; jaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="164"/>
        <source>The server no longer holds instance {sop}.</source>
        <translation>Seva haina tena instance {sop}.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="167"/>
        <source>The server could not {verb} instance {sop} (HTTP {status}).</source>
        <translation>Seva haikuweza kushughulikia instance {sop} ({verb}, HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="177"/>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The server may be an impostor, or its certificate changed or expired. Ask your IT officer for the right CA certificate file. ({reason})</source>
        <translation>Cheti cha seva hakikukubaliwa, kwa hiyo hakuna kilichotumwa. Huenda seva ni ya udanganyifu, au cheti chake kimebadilika au kimeisha muda. Mwombe afisa wa TEHAMA faili sahihi ya cheti cha mamlaka (CA). ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="183"/>
        <source>The hospital&apos;s server cannot be reached right now (no network, or the server is down). Cases stay safely queued and are sent later. ({reason})</source>
        <translation>Seva ya hospitali haipatikani sasa hivi (hakuna mtandao, au seva haifanyi kazi). Kesi zinabaki salama zikisubiri na zitatumwa baadaye. ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="188"/>
        <source>Sending failed ({reason}); it will be retried.</source>
        <translation>Kutuma kumeshindwa ({reason}); kutajaribiwa tena.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="192"/>
        <source>The server refused the user name or password (HTTP {status}). Check them in the settings; sending is paused until they are corrected.</source>
        <translation>Seva ilikataa jina la mtumiaji au nenosiri (HTTP {status}). Yakague kwenye Mipangilio; kutuma kumesimamishwa hadi yarekebishwe.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="197"/>
        <source>The hospital&apos;s server is having trouble (HTTP {status}). Cases stay safely queued and are sent later.</source>
        <translation>Seva ya hospitali ina tatizo (HTTP {status}). Kesi zinabaki salama zikisubiri na zitatumwa baadaye.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="209"/>
        <source>The server&apos;s answer was cut off; try again.</source>
        <translation>Jibu la seva lilikatika; jaribu tena.</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="102"/>
        <source>Sending is already in progress.</source>
        <translation>Kutuma tayari kunaendelea.</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="115"/>
        <source>The hospital&apos;s server cannot be reached right now (no network, or the server is down). Cases stay safely queued and are sent later.</source>
        <translation>Seva ya hospitali haipatikani sasa hivi (hakuna mtandao, au seva haifanyi kazi). Kesi zinabaki salama zikisubiri na zitatumwa baadaye.</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="161"/>
        <source>The server did not store part of it ({reasons}).</source>
        <translation>Seva haikuhifadhi sehemu yake ({reasons}).</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="168"/>
        <source>The server did not confirm that it stored case {case} ({unconfirmed} of its {items} item(s) are neither listed in its answer nor found on it), so they stay queued. If this Wi-Fi has a sign-in page, sign in, then sync again; if it happens again, ask your IT officer to check the server address.</source>
        <translation>Seva haikuthibitisha kuwa ilihifadhi kesi {case} (vipengele {unconfirmed} kati ya {items} havimo kwenye jibu lake wala havikupatikana kwenye seva), kwa hiyo vinabaki vikisubiri. Ikiwa Wi-Fi hii ina ukurasa wa kuingia, ingia, kisha utume tena; ikitokea tena, mwombe afisa wa TEHAMA akague anwani ya seva.</translation>
    </message>
    <message>
        <location filename="../core/sync/server_policy.py" line="39"/>
        <source>The server address {url} does not use https://, so the password and the cases would travel readable by anyone on the network. Nothing was sent. Use the https:// address of the hospital&apos;s server; on a closed network, your IT officer can allow http:// in the site configuration file (allow_plain_http).</source>
        <translation>Anwani ya seva {url} haitumii https://, kwa hiyo nenosiri na kesi vingesafiri vikisomeka na mtu yeyote kwenye mtandao. Hakuna kilichotumwa. Tumia anwani ya https:// ya seva ya hospitali; kwenye mtandao uliofungwa, afisa wa TEHAMA anaweza kuruhusu http:// kwenye faili ya usanidi wa kituo (allow_plain_http).</translation>
    </message>
    <message>
        <location filename="../core/sync/stow_answer.py" line="23"/>
        <source>The network answered with a web page, not the hospital&apos;s server. Sign in to the Wi-Fi, then sync again. Nothing was marked as sent; the cases stay queued.</source>
        <translation>Mtandao ulijibu kwa ukurasa wa wavuti, si seva ya hospitali. Ingia kwenye Wi-Fi, kisha utume tena. Hakuna kilichowekwa alama kuwa kimetumwa; kesi zinabaki zikisubiri.</translation>
    </message>
    <message>
        <location filename="../core/sync/stow_answer.py" line="42"/>
        <source>The network sent the request elsewhere (HTTP {status} redirect{where}), so it did not reach the hospital&apos;s server. If this Wi-Fi has a sign-in page, sign in, then sync again; otherwise ask your IT officer to check the server address. Nothing was marked as sent; the cases stay queued.</source>
        <translation>Mtandao ulipeleka ombi mahali pengine (uelekezaji HTTP {status}{where}), kwa hiyo halikufika kwenye seva ya hospitali. Ikiwa Wi-Fi hii ina ukurasa wa kuingia, ingia, kisha utume tena; vinginevyo mwombe afisa wa TEHAMA akague anwani ya seva. Hakuna kilichowekwa alama kuwa kimetumwa; kesi zinabaki zikisubiri.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../ui/sync_words.py" line="14"/>
        <source>Server: password refused</source>
        <translation>Seva: nenosiri limekataliwa</translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="16"/>
        <source>Server: certificate refused</source>
        <translation>Seva: cheti kimekataliwa</translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="25"/>
        <source>All cases are already on the server.</source>
        <translation>Kesi zote tayari ziko kwenye seva.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="26"/>
        <source>%n case(s) sent. All cases are on the server.</source>
        <translation>
            <numerusform>Kesi %n imetumwa. Kesi zote ziko kwenye seva.</numerusform>
            <numerusform>Kesi %n zimetumwa. Kesi zote ziko kwenye seva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="27"/>
        <source>%n case(s) sent.</source>
        <translation>
            <numerusform>Kesi %n imetumwa.</numerusform>
            <numerusform>Kesi %n zimetumwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="27"/>
        <source>No case was sent.</source>
        <translation>Hakuna kesi iliyotumwa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="28"/>
        <source>%n case(s) still waiting to be sent.</source>
        <translation>
            <numerusform>Kesi %n bado inasubiri kutumwa.</numerusform>
            <numerusform>Kesi %n bado zinasubiri kutumwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="30"/>
        <source>Sending was stopped.</source>
        <translation>Kutuma kumesimamishwa.</translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="34"/>
        <source>Case %1: %2</source>
        <translation>Kesi %1: %2</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/viewer.py" line="102"/>
        <source>&amp;Heatmap</source>
        <translation>&amp;Ramani ya rangi</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="104"/>
        <source>Show where the model looked (H)</source>
        <translation>Onyesha mahali modeli ilipoangalia (H)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="108"/>
        <location filename="../ui/viewer.py" line="109"/>
        <source>Heatmap opacity</source>
        <translation>Uzito wa ramani ya rangi</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="113"/>
        <source>Zoom in (+)</source>
        <translation>Kuza (+)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="114"/>
        <source>Zoom in</source>
        <translation>Kuza</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="116"/>
        <source>Zoom out (−)</source>
        <translation>Punguza (−)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="117"/>
        <source>Zoom out</source>
        <translation>Punguza</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="118"/>
        <source>Fit</source>
        <translation>Yote</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="119"/>
        <source>Show the whole image (0)</source>
        <translation>Onyesha picha nzima (0)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="120"/>
        <source>Reset window</source>
        <translation>Rudisha</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="121"/>
        <source>Right-drag on the image changes the window (left/right: width, up/down: level). W resets it.</source>
        <translation>Kuburuta kwa kitufe cha kulia juu ya picha hubadilisha mwangaza na utofautishaji (kushoto/kulia: upana, juu/chini: kiwango). W hurudisha.</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="137"/>
        <source>Opacity</source>
        <translation>Uzito</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="175"/>
        <source>Import an X-ray (Ctrl+O) or choose a case in the list.</source>
        <translation>Leta X-ray (Ctrl+O) au chagua kesi kwenye orodha.</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="257"/>
        <source>Window: original</source>
        <translation>Mwangaza: wa awali</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="260"/>
        <source>L %1 / W %2</source>
        <translation>K %1 / U %2</translation>
    </message>
</context>
</TS>
