<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="22"/>
        <source>Health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="23"/>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="24"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="88"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="92"/>
        <source>Your password (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="96"/>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="97"/>
        <source>&amp;New password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="98"/>
        <source>New password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="99"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="105"/>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="106"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="107"/>
        <source>&amp;Set a new password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="117"/>
        <source>Accounts on this laptop (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="119"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="120"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="145"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="145"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="147"/>
        <source>damaged: cannot sign in (disable it, then reset its password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="179"/>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="185"/>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="188"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="189"/>
        <source>The person signs in with this name and password. Give the password to them in private; they can change it under Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="196"/>
        <source>Account %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="201"/>
        <location filename="../ui/accounts_dialog.py" line="210"/>
        <source>Choose an account in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="204"/>
        <source>Account %1 is disabled: it can no longer sign in. Set a new password to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="212"/>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="213"/>
        <source>The old password stops working at once. A disabled account is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="218"/>
        <source>New password set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="199"/>
        <source>CXR Screen cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../ui/case_form.py" line="35"/>
        <source>Enter the patient ID (it links the X-ray to the child).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="37"/>
        <source>The patient ID must be at most 64 characters, without \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="40"/>
        <source>The name must be at most 64 characters, without \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="42"/>
        <source>Enter the child&apos;s age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="58"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="58"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="62"/>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="66"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="72"/>
        <source>Notes (symptoms, what the family was told...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="85"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="86"/>
        <source>&amp;Finalise (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="88"/>
        <source>Freeze the case and queue it to be sent to the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="95"/>
        <source>Patient &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="96"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="97"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="98"/>
        <source>&amp;Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="115"/>
        <source>Health worker&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="153"/>
        <source>From the DICOM file %1: check the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="154"/>
        <source>From the image file %1: type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="190"/>
        <source>The age is too large for the unit chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="208"/>
        <source>Not screened, not finalised yet: type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="212"/>
        <source>Not finalised yet: check the details, then Finalise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="214"/>
        <source>Finalised: queued to be sent to the hospital. It can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="216"/>
        <source>Sent to the hospital. It can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../ui/case_list.py" line="26"/>
        <source>Screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="26"/>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="27"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="28"/>
        <source>Sent and cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="34"/>
        <location filename="../ui/case_list.py" line="78"/>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="34"/>
        <location filename="../ui/case_list.py" line="79"/>
        <source>No signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="45"/>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="68"/>
        <source>Search patient ID or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="70"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="72"/>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="73"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="77"/>
        <source>Filter by result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="78"/>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="80"/>
        <source>Not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="83"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="84"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="84"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="85"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="83"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="91"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="178"/>
        <source>Not finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="179"/>
        <source>no ID yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_list.py" line="206"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../ui/confirm.py" line="26"/>
        <source>Finalise this case? It cannot be changed afterwards, and it will be sent to the hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="28"/>
        <source>Patient ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="29"/>
        <source>Age: %1 · Sex: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="31"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="32"/>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="45"/>
        <source>Finalise the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="50"/>
        <source>&amp;Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="51"/>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedCasesBanner</name>
    <message>
        <location filename="../ui/damaged_banner.py" line="26"/>
        <source>Damaged cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/damaged_banner.py" line="59"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/damaged_banner.py" line="61"/>
        <source>%n case(s) were set aside because they are damaged or were changed outside the application: %1. They are not shown or sent as they are; every other case is safe. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup if needed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <location filename="../ui/result_panel.py" line="20"/>
        <source>Screening aid, not a diagnosis. The result must be confirmed by a trained clinician; it is only for frontal chest X-rays of children.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/messages.py" line="105"/>
        <source>Import X-ray files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="106"/>
        <source>Go to the case list (arrows choose a case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>Lock the window now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="108"/>
        <source>Search for a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="109"/>
        <source>Case form / clinician review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="110"/>
        <source>Save the case form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="111"/>
        <source>Finalise the case (queue it for the hospital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="112"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="113"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="114"/>
        <source>Send finalised cases now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="115"/>
        <source>Heatmap on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="116"/>
        <source>Zoom in / out / fit (on the image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="117"/>
        <source>Reset the window (brightness and contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>Stop the running import or sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="119"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="120"/>
        <source>Accounts: your password; administrators manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="122"/>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="129"/>
        <source>Signs of pneumonia — refer to a clinician (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="130"/>
        <source>Send the child to the clinic today with the printed report (Ctrl+P). The clinician decides; the result is not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="132"/>
        <source>No signs of pneumonia detected (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="133"/>
        <source>The X-ray showed no signs the model knows. It can be wrong: if the child is unwell (fast breathing, chest drawing in, high fever, not drinking), refer anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="135"/>
        <source>Outside the intended use (amber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="136"/>
        <source>The patient is 16 or older. The model is made for children; its score may be wrong. A clinician must read this X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="138"/>
        <source>… cannot be screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>The message says why and what to do: for example, take or choose a frontal chest X-ray, or export the image again. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="141"/>
        <source>Finalise (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="142"/>
        <source>Check the patient ID and age first: a finalised case cannot be changed. It is sent to the hospital when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ui/messages.py" line="157"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="161"/>
        <source>CXR Screen is a screening aid, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="163"/>
        <source>What the result means, and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="164"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer.py" line="31"/>
        <source>X-ray image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputCheck</name>
    <message>
        <location filename="../core/screening/check_result.py" line="10"/>
        <source>The image was stored as a negative; it was inverted back before screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/check_result.py" line="14"/>
        <source>The image was turned {angle} degrees; it was turned upright before screening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntendedUse</name>
    <message>
        <location filename="../core/screening/intended_use.py" line="60"/>
        <source>Outside the intended use: this patient is {age} years old. CXR Screen is made for children (under {limit}); its score was not checked on adults and may be wrong. A clinician must read this X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/language.py" line="166"/>
        <source>The system&apos;s language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/sign_in.py" line="150"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="151"/>
        <source>The cases are hidden. Sign in to go on (you, or another person with an account). Work in the background goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="156"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="157"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="158"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="185"/>
        <source>What %1 typed in this case and did not save was cleared: it was not saved. The case shows what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/import_flow.py" line="26"/>
        <source>%1 is already stored (patient %2, file %3, imported %4); it was not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="29"/>
        <source>no ID yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="54"/>
        <source>CXR Screen — chest X-ray screening aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="74"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="75"/>
        <location filename="../ui/window_actions.py" line="63"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="76"/>
        <source>Patient details and notes (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="77"/>
        <source>Clinician review (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="32"/>
        <source>Import X-rays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="34"/>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="36"/>
        <source>Finalise the case and queue it for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="38"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="40"/>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="42"/>
        <source>Save report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="45"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="46"/>
        <source>Send finalised cases to the hospital now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="48"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="50"/>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="52"/>
        <source>Change your password; administrators add and disable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="55"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="57"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="59"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="61"/>
        <source>Case form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="65"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="66"/>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>Screening is not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="31"/>
        <source>Loading the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="101"/>
        <source>Finalised: the case is queued to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="103"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="110"/>
        <source>Review recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="40"/>
        <source>Import X-rays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="42"/>
        <source>X-ray images (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="60"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="91"/>
        <source>From the watched folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="93"/>
        <source>%n X-ray(s) screened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="96"/>
        <source>The case on the screen is unchanged; the new case is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="100"/>
        <source>%1 cannot be screened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="104"/>
        <source>…and %n more file(s) could not be screened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="107"/>
        <source>The child was not screened. If the child is unwell, refer to a clinician now; do not wait for a new X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="113"/>
        <source>…and %n more file(s) were already stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="117"/>
        <source>Import stopped: the remaining files were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="120"/>
        <source>No files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="27"/>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="28"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="52"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="81"/>
        <source>Report sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync_flow.py" line="63"/>
        <source>No server is set up. Open Settings (Ctrl+,) and enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync_flow.py" line="69"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/messages.py" line="25"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="26"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <location filename="../core/xray/dicom.py" line="19"/>
        <source>a mammogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="20"/>
        <location filename="../core/xray/dicom.py" line="21"/>
        <source>a dental X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="26"/>
        <source>a CT scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="27"/>
        <source>an MRI scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="28"/>
        <source>an ultrasound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="29"/>
        <source>a nuclear medicine image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="30"/>
        <source>a PET scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="31"/>
        <source>an angiography image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="32"/>
        <source>a fluoroscopy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="33"/>
        <source>an endoscopy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="34"/>
        <source>an eye photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="35"/>
        <source>a camera photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="36"/>
        <source>a microscope image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="37"/>
        <source>an eye scan (OCT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="38"/>
        <source>a microscope slide image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="39"/>
        <source>an ultrasound from inside a blood vessel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="41"/>
        <source>a radiotherapy dose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="42"/>
        <source>a radiotherapy plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="43"/>
        <source>a radiotherapy structure set (outlines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="44"/>
        <source>a radiotherapy treatment record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="45"/>
        <source>a segmentation (outlines drawn over a scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="46"/>
        <source>a report (DICOM structured report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="47"/>
        <source>a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="48"/>
        <source>a note that marks key images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="49"/>
        <source>a display-settings file (presentation state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="50"/>
        <source>an ECG (a heart tracing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="51"/>
        <source>a waveform recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="52"/>
        <source>a sound recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="53"/>
        <source>an image registration file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <location filename="../core/screening/input_check.py" line="132"/>
        <source>The input check&apos;s metadata.json in {folder} cannot be read ({reason}). Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="137"/>
        <source>The input check in {folder} is not usable: {problem}. Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="146"/>
        <source>The input check&apos;s file {file} is missing. Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="150"/>
        <source>The input check&apos;s file {file} is damaged or was replaced (checksum). Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="157"/>
        <location filename="../core/screening/input_check.py" line="165"/>
        <source>The input check&apos;s {file} cannot be read ({reason}). Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="169"/>
        <location filename="../core/screening/input_check.py" line="183"/>
        <source>The input check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="174"/>
        <source>The input check&apos;s tensors do not match its metadata. Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="184"/>
        <source>The input check&apos;s model file was replaced while it was in use (checksum). Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="99"/>
        <source>No screening model was found in {folder}. Reinstall the application, or pass --model with the folder that holds model.tflite and metadata.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="127"/>
        <source>The model has no operating point {name}; it offers {offered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="142"/>
        <source>The model folder {folder} has no metadata.json. Reinstall the application or the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="146"/>
        <source>The model&apos;s metadata.json cannot be read ({reason}). Reinstall the application or the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="204"/>
        <source>The screening model cannot be used: {detail} Reinstall the application or the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="218"/>
        <source>{what} cannot be loaded by LiteRT ({reason}). Reinstall the application or the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="35"/>
        <source>The input check model (edge_models/cxr-input-check) is missing, so no image can be checked before screening. Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="63"/>
        <source>The model file {file} is missing. Reinstall the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="67"/>
        <location filename="../core/screening/screener.py" line="86"/>
        <source>The model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="68"/>
        <source>The model file is damaged or was replaced: its checksum does not match its metadata. Reinstall the application or the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="87"/>
        <source>The model file was replaced while it was in use: its checksum no longer matches its metadata. Reinstall the application or the model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotScreened</name>
    <message>
        <location filename="../ui/not_screened.py" line="42"/>
        <source>NOT SCREENED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="66"/>
        <source>%1 may still show the chest: you can send it, NOT screened, for a clinician&apos;s reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="69"/>
        <source>Send for a &amp;clinician&apos;s reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="78"/>
        <source>Send without screening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="79"/>
        <source>CXR Screen did NOT screen this X-ray and gives no result for it. It will be stored as &quot;Not screened&quot; and, once you finalise it, sent to the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="88"/>
        <source>&amp;Send for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="90"/>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="124"/>
        <source>Stored as NOT SCREENED: it is in the list. Open it, type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="131"/>
        <source>Stored as NOT SCREENED. Type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="40"/>
        <source>NOT SCREENED: sent for a clinician&apos;s reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="42"/>
        <source>This X-ray was NOT screened: CXR Screen made no result and no score for it. It is sent to the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="46"/>
        <source>If the child is unwell, refer to a clinician now; do not wait for the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="49"/>
        <source>Why it was not screened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatingPoint</name>
    <message>
        <location filename="../ui/plain_figures.py" line="18"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="18"/>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="19"/>
        <source>Finds the most children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="20"/>
        <source>Site (chosen by the site&apos;s IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="25"/>
        <source>on other hospitals&apos; X-rays: finds %1 of 100 children with pneumonia, and sends %2 of 100 children without it to the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="27"/>
        <source>on the test X-rays: finds %1 of 100 children with pneumonia, and sends %2 of 100 children without it to the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="40"/>
        <source>%1 — the same as %2 with this model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="59"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="60"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="62"/>
        <source>&amp;Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="63"/>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="76"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="26"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qt_words.py" line="24"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="25"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="26"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="27"/>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="28"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="29"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="30"/>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="31"/>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="32"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="33"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="34"/>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="35"/>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="36"/>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="37"/>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="38"/>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="39"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="40"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="41"/>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/qt_words.py" line="42"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="43"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="44"/>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="45"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/qt_words.py" line="47"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="48"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="49"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="50"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="51"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="52"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="53"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/qt_words.py" line="16"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="17"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="18"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="19"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="20"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="21"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="22"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/recovery_key.py" line="29"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="31"/>
        <source>Write down this recovery key and give it to your IT officer to keep locked away, apart from this laptop. It is shown only now. It opens the cases if every password is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="45"/>
        <source>It has only the letters A to Z and the digits 2 to 7: there is no zero (0), no one (1) and no eight (8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="48"/>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="49"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="54"/>
        <source>To check that it is written down, type its last group of four characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="60"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="101"/>
        <source>CXR Screen recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="102"/>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="103"/>
        <source>Made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="104"/>
        <source>Keep it locked away, apart from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="114"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="116"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="122"/>
        <source>It could not be saved (%1). Choose another place, for example a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="126"/>
        <source>Saved to %1. Move that file to a USB stick that IT keeps, then delete it from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="135"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../core/xray/dicom.py" line="71"/>
        <source>The DICOM file is damaged or incomplete ({error}). Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="80"/>
        <source>This DICOM file holds no image (it may be a report or a study list). Export the X-ray image itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="89"/>
        <source>This DICOM file holds {frames} images (a series or a cine loop); only a single X-ray image can be screened. Export the frontal chest image on its own and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="158"/>
        <location filename="../core/xray/dicom.py" line="179"/>
        <source>This is {kind}: only frontal chest X-rays can be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="164"/>
        <source>This is {kind}, not an X-ray radiograph: only frontal chest X-rays can be screened. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="170"/>
        <source>This file is marked as {modality}, not as an X-ray radiograph: only frontal chest X-rays can be screened. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="182"/>
        <source>This is an {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="185"/>
        <source>This is a {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="191"/>
        <source>This is a side (lateral) view: only frontal chest X-rays (PA or AP) can be screened. Choose the frontal image of the study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="223"/>
        <source>This DICOM image has an unexpected shape and cannot be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="239"/>
        <source>The image data in this DICOM file is damaged or incomplete ({error}). Export the X-ray again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="247"/>
        <source>This DICOM encoding ({encoding}) cannot be decoded here. Export the image uncompressed or as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="277"/>
        <source>The image data in this DICOM file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="45"/>
        <source>This file is too large to be an X-ray image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="98"/>
        <location filename="../core/xray/read.py" line="42"/>
        <source>This file is not an image the application can read (it is not DICOM, JPEG or PNG). Export the X-ray again from the machine&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="106"/>
        <source>The image is blank or almost uniform: no X-ray can be seen in it. Check the exposure and export the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="65"/>
        <source>{name} is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="74"/>
        <source>{name} is a folder, not an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="77"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="81"/>
        <source>The file {name} cannot be opened: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="85"/>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="88"/>
        <source>The file is empty. Export the X-ray again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="114"/>
        <source>The file declares an image with no pixels. Export the X-ray again from the console and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="120"/>
        <source>The image declares {cols} x {rows} pixels, far more than any X-ray. The file is damaged or is not an X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="131"/>
        <source>The image is only {cols} x {rows} pixels; at least {minimum} pixels on the short side are needed. Export the full-resolution image, not a thumbnail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="35"/>
        <source>The image declares far more pixels than any X-ray; it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="41"/>
        <source>The {kind} file is damaged or incomplete ({error}). Copy or export the X-ray again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="46"/>
        <source>Animated or multi-page images cannot be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="53"/>
        <source>This is a colour picture, not an X-ray (X-rays are grey). Choose the child&apos;s chest X-ray file; if this is a photograph of the film, use the digital X-ray instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="56"/>
        <source>This does not look like an X-ray: it may be a photograph, a document, a screenshot or another kind of scan. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="59"/>
        <source>This does not look like a frontal chest X-ray: it may show another part of the body, or the chest from the side. Choose the front view (PA or AP) of the chest and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="63"/>
        <source>This image seems to be a chest X-ray turned ({angle} degrees), and it could not be turned back with confidence. Export it again upright, as it is read on a light box, and try again. If it is not a chest X-ray, choose the child&apos;s chest X-ray file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="68"/>
        <source>This image seems to be a chest X-ray stored as a negative (bones dark, lungs light), and it could not be corrected with confidence. Export it again as a normal image (for DICOM, ask for the MONOCHROME setting to be checked) and try again. If it is not a chest X-ray, choose the child&apos;s chest X-ray file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="73"/>
        <source>This does not look like a frontal chest X-ray: it may be a side (lateral) view, or the chest may be turned away from the plate. Only frontal chest X-rays (PA or AP) can be screened. Choose the front view of the chest and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="71"/>
        <source>A clinician must read this X-ray: the patient is outside the intended use of CXR Screen (children).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="74"/>
        <source>Take the child to the clinic today and show this report. Go at once if the child breathes fast or with difficulty, cannot drink, or is very sleepy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="76"/>
        <source>No signs of pneumonia were found on this X-ray. This does not mean the child is well: if the child is unwell or gets worse, see a clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="93"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="94"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="94"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="95"/>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="95"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="96"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="97"/>
        <source>Stored at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="98"/>
        <source>Screened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="99"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="100"/>
        <source>Health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="101"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="102"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="105"/>
        <source>Finalised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="108"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="121"/>
        <source>CXR Screen — chest X-ray screening report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="122"/>
        <source>X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="123"/>
        <source>Heatmap: where the model looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="124"/>
        <source>Patient and case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="125"/>
        <source>Health worker&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="126"/>
        <source>Clinician&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="127"/>
        <source>Operating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="128"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="129"/>
        <source>Report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="130"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="198"/>
        <source>CXR Screen report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="214"/>
        <source>The report could not be saved to %1 (%2). Choose another folder or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../ui/result_panel.py" line="28"/>
        <source>Refer to a clinician: the check could not confirm that this is a frontal chest X-ray, so a clinician must read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="32"/>
        <source>Signs of pneumonia — refer to a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="33"/>
        <source>No signs of pneumonia detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="37"/>
        <source>screening (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="38"/>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="39"/>
        <source>site (chosen by the site&apos;s IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="49"/>
        <source>Site operating point: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="54"/>
        <source>Score %1 (refer at %2 or more) · operating point: %3 · model %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/result_panel.py" line="135"/>
        <source>No case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="157"/>
        <source>Not checked on adults: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ui/review_panel.py" line="14"/>
        <source>Agree with the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="15"/>
        <source>Disagree with the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="16"/>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../ui/review_panel.py" line="30"/>
        <source>A&amp;gree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="30"/>
        <source>&amp;Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="31"/>
        <source>&amp;Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="46"/>
        <source>Record &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="49"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="50"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="82"/>
        <source>Not screened: there is no result to review. Read the X-ray in the hospital&apos;s system (PACS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="122"/>
        <source>Only a clinician can record a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="51"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="87"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="90"/>
        <source>Reviewed by %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="103"/>
        <source>Only a clinician can record a review (you are signed in as %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="120"/>
        <source>Choose agree, disagree or uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>From the site configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="73"/>
        <source>The certificate authorities this application ships with (the site configuration names no CA file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Only the IT officer&apos;s site configuration file can choose which certificates are trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="80"/>
        <source>Send finalised cases automatically when the server can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="83"/>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>The model&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>Only an administrator (IT) can change the operating point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="123"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>Server address (DICOMweb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="132"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="136"/>
        <source>Operating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <source>Data folder (restart to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>Language (restart to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="146"/>
        <source>Values left as the site configuration sets them follow it. The password is stored encrypted on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>type it again for the new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="192"/>
        <source>The server address changed. Type the password for the new address: the saved password works only for the address it was typed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>The watched folder does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsError</name>
    <message>
        <location filename="../core/settings.py" line="192"/>
        <source>The settings file {path} was changed outside the application (it does not match what CXR Screen saved), so nothing is sent with it and the site&apos;s settings are used. Open the settings, check the server address, user and password, and save them again; tell your IT officer that the data folder was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="205"/>
        <source>The site configuration file {path} contains credentials ({keys}). Credentials must never be in the site file, which is copied to every laptop. Remove them and enter the user and password on each laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="261"/>
        <source>The saved sync password cannot be read before someone signs in. Sign in. Enter it again in the settings if it still cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="277"/>
        <source>The saved sync password cannot be used for the server {url}: it was typed for another server address (a changed address needs the password again), or saved by an older version or on another laptop. Enter it again in the settings. If you did not change the address, tell your IT officer: the settings may have been edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="289"/>
        <source>The data folder pointer {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="292"/>
        <location filename="../core/screening/site_operating_point.py" line="67"/>
        <source>The site configuration file {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="295"/>
        <source>The settings file {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="309"/>
        <source>it does not hold one JSON object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="317"/>
        <source>The settings were written by a newer version of CXR Screen. Install that version, or remove the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="333"/>
        <source>The setting {key} must be {kind}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="339"/>
        <source>The server address must start with https:// (or http:// on a closed network): {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="363"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="81"/>
        <source>The site operating point in {path} is not valid: it needs a threshold between 0 and 1 and the model&apos;s sha256 (64 characters). Ask IT to copy it again from the file cxrscreen monitor wrote (site_operating_point.json).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/sign_in.py" line="68"/>
        <source>CXR Screen — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="72"/>
        <source>Protect the saved cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="73"/>
        <source>The cases on this laptop were saved by an older version and are not protected. Create the administrator account: the cases are then encrypted, and every person signs in with their own account. No case is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="77"/>
        <source>Set up CXR Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="78"/>
        <source>Create the administrator account. The administrator then adds an account for each health worker and clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="81"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="81"/>
        <source>Enter your name and password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="87"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="88"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="92"/>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="93"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="93"/>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="102"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="128"/>
        <source>Protecting the saved cases… %1 files done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePoint</name>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="40"/>
        <source>set by the site&apos;s IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="42"/>
        <source>from {cases} reviewed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="45"/>
        <source>for a target sensitivity of {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="49"/>
        <source>on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="92"/>
        <source>The model&apos;s default is used meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="97"/>
        <source>The site&apos;s operating point (threshold {threshold}) was chosen for model {version} (sha256 {sha}), but this laptop has model {model} (sha256 {model_sha}). It is not used: results use the model&apos;s own default point until IT chooses a new site point for this model (cxrscreen monitor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="104"/>
        <source>Site operating point in use: threshold {threshold}, {provenance}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../ui/status.py" line="29"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="55"/>
        <source>Server: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="57"/>
        <source>Server: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="59"/>
        <source>Server: reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="61"/>
        <source>Server: not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="71"/>
        <source>health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="71"/>
        <source>clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="72"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="73"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="75"/>
        <source>Signed in: %1. Everything you do is recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/status.py" line="80"/>
        <source>%n case(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="84"/>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="88"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/errors.py" line="103"/>
        <source>This X-ray is already stored as case {case} (from {file}); it was not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="153"/>
        <source>Case {case} is damaged ({what}) and was set aside: it is not shown or sent as it is. Every other case is safe and goes on. Ask your IT officer to run `cxrscreen doctor`, and to restore the data folder from a backup if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="32"/>
        <source>This account&apos;s entry in the case database is damaged, so it cannot sign in. Ask your IT officer: another account, or the recovery key, can still open the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="37"/>
        <source>This account belongs to another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="58"/>
        <source>add accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="73"/>
        <source>disable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="81"/>
        <source>reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="59"/>
        <source>a health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="60"/>
        <source>a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="61"/>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="68"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="70"/>
        <source>Only {who} can {action}. You are signed in as {name} ({role}); ask {who} to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="78"/>
        <source>A password or PIN needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="86"/>
        <source>An account name needs 1 to 64 characters, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="96"/>
        <source>An account named {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="116"/>
        <source>The name or the password is not right. Check both and try again (capital letters count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="126"/>
        <source>The account {name} is disabled. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="133"/>
        <source>Too many wrong passwords for {name}. Wait {count} seconds and try again, or ask your administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="137"/>
        <source>Too many wrong passwords for {name}. Wait {count} minutes and try again, or ask your administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="152"/>
        <source>Signing in is not possible right now: the data folder cannot be written (the disk may be full), so wrong passwords could not be counted. Cases already stored are safe. Free some space on the disk (or ask your IT officer), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="181"/>
        <source>The account {name} was changed outside the application (its role or state does not match what was stored), so it cannot sign in. Ask your administrator to disable it and give it a new password, or to add a new account; tell your IT officer that the data folder was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="223"/>
        <source>This is the only administrator left; add another administrator before disabling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="247"/>
        <source>The account {name} was changed outside the application, so its password is not reset (that would keep the role written into the file). Disable it first (its role is then set to health worker), then reset its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="264"/>
        <source>There is no account named {name}. `cxrscreen users list` shows the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="71"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="159"/>
        <source>patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="171"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="191"/>
        <source>record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="196"/>
        <source>Case {case} was not screened: there is no result to agree or disagree with. Record your reading of the X-ray in the hospital&apos;s system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="127"/>
        <source>No case {case} is stored here (several cases start with it; type more of the id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="129"/>
        <source>No case {case} is stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="144"/>
        <source>Case {case} was sent and then cleared from this laptop (the site keeps cases only for a set time after the hospital confirms them). Its image and report are on the hospital&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="91"/>
        <source>Sex must be M, F or O (other), or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="224"/>
        <source>screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="225"/>
        <source>finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="226"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="235"/>
        <source>Case {case} is already {state}; it cannot become {target} (a case only moves forward: screened, finalised, sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="244"/>
        <source>The {what} of case {case} can no longer be changed: the case is {state} and its data is queued for (or already at) the hospital. Add a note in a clinician review instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="31"/>
        <source>The disk is full, so nothing new could be saved in {where}. Cases already stored are safe. Free some space (empty the recycle bin, remove other files), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="38"/>
        <source>The data folder {where} cannot be written to (it is read-only or belongs to another user). Cases already stored are safe. Ask your IT officer to fix the folder&apos;s permissions, or start the application with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="51"/>
        <source>The data folder {where} could not be used ({reason}). Cases already stored are safe. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="142"/>
        <source>A stored file is missing from {folder} ({file}). The data folder was changed outside the application; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="153"/>
        <source>A stored file is damaged ({file}): its content no longer matches its checksum. Restore the data folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="214"/>
        <source>The case database is busy: another CXR Screen window or program is using it. Close the other one, wait a moment, and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="226"/>
        <source>The case database could not be used ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="237"/>
        <source>A value in the case database is not readable text: the database was changed outside the application or is damaged. Ask your IT officer to run `cxrscreen doctor`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="244"/>
        <source>The case database in {folder} is damaged. Do not delete anything; ask your IT officer to restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="64"/>
        <source>This recovery key does not open this data folder. Check it letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="94"/>
        <source>The data folder {folder} is already set up; nothing was changed. Sign in, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="104"/>
        <source>Another program set up this data folder at the same time; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="131"/>
        <source>The data folder {folder} does not need an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="143"/>
        <source>The data folder {folder} is not set up yet. Start the application to create the administrator, or run `cxrscreen init --admin NAME`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="148"/>
        <location filename="../core/store/schema.py" line="154"/>
        <source>The cases in this data folder were saved by an older version of CXR Screen and are not protected yet. An administrator must start the application (or run `cxrscreen init --admin NAME`) once to protect them; no case is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="229"/>
        <source>accept an older database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/outbox.py" line="68"/>
        <source>The list of what is left to send is damaged. Nothing was sent or changed. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/quarantine.py" line="85"/>
        <source>The case database in {folder} is older than the files beside it: it holds {have} cases, but this folder had {had}. It may be a restored backup, or a copy whose cases.sqlite3-wal file was lost. Nothing was changed or deleted. Put back the newer cases.sqlite3 together with its -wal file, or restore the whole folder from one backup. If this older database is really the one to keep, an administrator runs `cxrscreen doctor --accept-older-database` (the files of the newer cases are kept in the quarantine folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="18"/>
        <source>health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="19"/>
        <source>clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="20"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/schema.py" line="146"/>
        <source>These cases were saved by a newer version of CXR Screen. Install that version (or newer) to open them; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/schema.py" line="183"/>
        <source>A value of case {case} cannot be read: it was changed outside the application, or copied from another data folder. Ask your IT officer to restore the data folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/upgrade.py" line="80"/>
        <source>The case database is in use by another CXR Screen window or program. Close it and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/upgrade.py" line="89"/>
        <source>The old case database is still being changed by another program. Close every CXR Screen window and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="40"/>
        <source>its {what} was changed outside the application: it does not match its tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="42"/>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="43"/>
        <source>result or record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="44"/>
        <location filename="../core/store/integrity.py" line="116"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="45"/>
        <source>list of what to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="46"/>
        <location filename="../core/store/integrity.py" line="118"/>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="94"/>
        <source>A stored {what} ({key}) was changed outside the application (it has no tag), so it is not used as it is. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="98"/>
        <source>A stored {what} ({key}) was changed outside the application (it does not match its tag), so it is not used as it is. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="115"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="117"/>
        <source>item to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/not_screened_methods.py" line="43"/>
        <source>This film cannot be sent for a clinician&apos;s reading: it is not known to be a chest X-ray (it was refused as {refusal}). Take or export a chest X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../core/sync/dicomweb.py" line="36"/>
        <source>No hospital server is set. Enter the server address (DICOMweb URL), user and password in the settings, or ask your IT officer for the site configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="75"/>
        <source>The server refused the case (HTTP {status}): {reason}. Ask your IT officer to check the server&apos;s log; the case stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="81"/>
        <source>The server gave an answer a DICOMweb server does not give (HTTP {status}). Nothing was marked as sent; ask your IT officer to check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="127"/>
        <source>The server could not search (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="133"/>
        <source>The server&apos;s search answer was cut off or unreadable; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="145"/>
        <source>The server&apos;s answer was cut off or unreadable; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="164"/>
        <source>The server no longer holds instance {sop}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="167"/>
        <source>The server could not {verb} instance {sop} (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="177"/>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The server may be an impostor, or its certificate changed or expired. Ask your IT officer for the right CA certificate file. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="183"/>
        <source>The hospital&apos;s server cannot be reached right now (no network, or the server is down). Cases stay safely queued and are sent later. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="188"/>
        <source>Sending failed ({reason}); it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="192"/>
        <source>The server refused the user name or password (HTTP {status}). Check them in the settings; sending is paused until they are corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="197"/>
        <source>The hospital&apos;s server is having trouble (HTTP {status}). Cases stay safely queued and are sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="209"/>
        <source>The server&apos;s answer was cut off; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="102"/>
        <source>Sending is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="115"/>
        <source>The hospital&apos;s server cannot be reached right now (no network, or the server is down). Cases stay safely queued and are sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="161"/>
        <source>The server did not store part of it ({reasons}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="168"/>
        <source>The server did not confirm that it stored case {case} ({unconfirmed} of its {items} item(s) are neither listed in its answer nor found on it), so they stay queued. If this Wi-Fi has a sign-in page, sign in, then sync again; if it happens again, ask your IT officer to check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/server_policy.py" line="39"/>
        <source>The server address {url} does not use https://, so the password and the cases would travel readable by anyone on the network. Nothing was sent. Use the https:// address of the hospital&apos;s server; on a closed network, your IT officer can allow http:// in the site configuration file (allow_plain_http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/stow_answer.py" line="23"/>
        <source>The network answered with a web page, not the hospital&apos;s server. Sign in to the Wi-Fi, then sync again. Nothing was marked as sent; the cases stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/stow_answer.py" line="42"/>
        <source>The network sent the request elsewhere (HTTP {status} redirect{where}), so it did not reach the hospital&apos;s server. If this Wi-Fi has a sign-in page, sign in, then sync again; otherwise ask your IT officer to check the server address. Nothing was marked as sent; the cases stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../ui/sync_words.py" line="14"/>
        <source>Server: password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="16"/>
        <source>Server: certificate refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="25"/>
        <source>All cases are already on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="26"/>
        <source>%n case(s) sent. All cases are on the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="27"/>
        <source>%n case(s) sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="27"/>
        <source>No case was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="28"/>
        <source>%n case(s) still waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="30"/>
        <source>Sending was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="34"/>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/viewer.py" line="102"/>
        <source>&amp;Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="104"/>
        <source>Show where the model looked (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="108"/>
        <location filename="../ui/viewer.py" line="109"/>
        <source>Heatmap opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="113"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="114"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="116"/>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="117"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="118"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="119"/>
        <source>Show the whole image (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="120"/>
        <source>Reset window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="121"/>
        <source>Right-drag on the image changes the window (left/right: width, up/down: level). W resets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="137"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="175"/>
        <source>Import an X-ray (Ctrl+O) or choose a case in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="257"/>
        <source>Window: original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="260"/>
        <source>L %1 / W %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
