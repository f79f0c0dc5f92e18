<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="86"/>
        <source>CXR Screen cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../ui/case_form.py" line="34"/>
        <source>Enter the patient ID (it links the X-ray to the child).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="36"/>
        <source>The patient ID must be at most 64 characters, without \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="39"/>
        <source>The name must be at most 64 characters, without \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="41"/>
        <source>Enter the child&apos;s age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="56"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="56"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="61"/>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="64"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="64"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="64"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="71"/>
        <source>Notes (symptoms, what the family was told...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="82"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="83"/>
        <source>&amp;Finalise (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="85"/>
        <source>Freeze the case and queue it to be sent to the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="92"/>
        <source>Patient &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="93"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="94"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="95"/>
        <source>&amp;Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="105"/>
        <source>Health worker&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="135"/>
        <source>From the DICOM file %1: check the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="136"/>
        <source>From the image file %1: type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="164"/>
        <source>The age is too large for the unit chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="177"/>
        <source>Not finalised yet: check the details, then Finalise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="179"/>
        <source>Finalised: queued to be sent to the hospital. It can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="181"/>
        <source>Sent to the hospital. It can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../ui/case_list.py" line="20"/>
        <source>Screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="20"/>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="21"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="25"/>
        <location filename="../ui/case_list.py" line="60"/>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="25"/>
        <location filename="../ui/case_list.py" line="61"/>
        <source>No signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="36"/>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="50"/>
        <source>Search patient ID or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="52"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="54"/>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="55"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="59"/>
        <source>Filter by result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="60"/>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="64"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="64"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="65"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="65"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="72"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_list.py" line="160"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <location filename="../ui/result_panel.py" line="18"/>
        <source>Screening aid, not a diagnosis. The result must be confirmed by a trained clinician; it is only for frontal chest X-rays of children.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/messages.py" line="49"/>
        <source>Import X-ray files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="50"/>
        <source>Go to the case list (arrows choose a case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="51"/>
        <source>Search for a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="52"/>
        <source>Case form / clinician review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="53"/>
        <source>Save the case form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="54"/>
        <source>Finalise the case (queue it for the hospital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="55"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="56"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="57"/>
        <source>Send finalised cases now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="58"/>
        <source>Heatmap on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="59"/>
        <source>Zoom in / out / fit (on the image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="60"/>
        <source>Reset the window (brightness and contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="61"/>
        <source>Stop the running import or sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="62"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="63"/>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ui/messages.py" line="70"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="43"/>
        <source>CXR Screen — chest X-ray screening aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="60"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="61"/>
        <location filename="../ui/main_window.py" line="125"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="62"/>
        <source>Patient details and notes (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="63"/>
        <source>Clinician review (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="110"/>
        <source>Import X-rays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="111"/>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="113"/>
        <source>Finalise the case and queue it for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="114"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="115"/>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="116"/>
        <source>Save report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="118"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="119"/>
        <source>Send finalised cases to the hospital now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="120"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="121"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="123"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="124"/>
        <source>Case form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="126"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="127"/>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="165"/>
        <source>Screening is not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="200"/>
        <source>Loading the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="235"/>
        <source>Finalised: the case is queued to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="243"/>
        <source>Review recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Import X-rays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="260"/>
        <source>X-ray images (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="272"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="294"/>
        <source>%n X-ray(s) screened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="296"/>
        <source>%1 cannot be screened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="300"/>
        <source>…and %n more file(s) could not be screened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="302"/>
        <source>%n file(s) were already stored and were not added again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="305"/>
        <source>Import stopped: the remaining files were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="307"/>
        <source>No files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="329"/>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="330"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="348"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="378"/>
        <source>Report sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="401"/>
        <source>No server is set up. Open Settings (Ctrl+,) and enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="406"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="446"/>
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
        <location filename="../core/dicom_io.py" line="16"/>
        <source>a mammogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="17"/>
        <location filename="../core/dicom_io.py" line="18"/>
        <source>a dental X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="23"/>
        <source>a CT scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="24"/>
        <source>an MRI scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="25"/>
        <source>an ultrasound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="26"/>
        <source>a nuclear medicine image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="27"/>
        <source>a PET scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="28"/>
        <source>an angiography image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="29"/>
        <source>a fluoroscopy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="30"/>
        <source>an endoscopy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="31"/>
        <source>an eye photograph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="20"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../core/dicom_io.py" line="47"/>
        <source>The DICOM file is damaged or incomplete ({error}). Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="55"/>
        <source>This DICOM file holds no image (it may be a report or a study list). Export the X-ray image itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="64"/>
        <source>This DICOM file holds {frames} images (a series or a cine loop); only a single X-ray image can be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="132"/>
        <location filename="../core/dicom_io.py" line="151"/>
        <source>This is {kind}: only frontal chest X-rays can be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="138"/>
        <source>This is {kind}, not an X-ray radiograph: only frontal chest X-rays can be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="143"/>
        <source>This is a {modality} image, not an X-ray radiograph: only frontal chest X-rays can be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="154"/>
        <source>This is an {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="157"/>
        <source>This is a {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="163"/>
        <source>This is a side (lateral) view: only frontal chest X-rays (PA or AP) can be screened. Choose the frontal image of the study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="193"/>
        <source>This DICOM image has an unexpected shape and cannot be screened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="201"/>
        <source>The image data in this DICOM file is damaged or incomplete ({error}). Export the X-ray again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="209"/>
        <source>This DICOM encoding ({encoding}) cannot be decoded here. Export the image uncompressed or as JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dicom_io.py" line="244"/>
        <source>The image data in this DICOM file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="48"/>
        <source>This file is too large to be an X-ray image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="117"/>
        <source>This file is not an image the application can read (it is not DICOM, JPEG or PNG). Export the X-ray again from the machine&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="141"/>
        <source>The image is blank or almost uniform: no X-ray can be seen in it. Check the exposure and export the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="157"/>
        <source>{name} is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="166"/>
        <source>{name} is a folder, not an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="169"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="173"/>
        <source>The file {name} cannot be opened: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="177"/>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="180"/>
        <source>The file is empty. Export the X-ray again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="187"/>
        <source>The file declares an image with no pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="191"/>
        <source>The image declares {cols} x {rows} pixels, far more than any X-ray. The file is damaged or is not an X-ray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging.py" line="202"/>
        <source>The image is only {cols} x {rows} pixels; at least {minimum} pixels on the short side are needed. Export the full-resolution image, not a thumbnail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_io.py" line="30"/>
        <source>The image declares far more pixels than any X-ray; it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_io.py" line="36"/>
        <source>The {kind} file is damaged or incomplete ({error}). Copy or export the X-ray again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_io.py" line="41"/>
        <source>Animated or multi-page images cannot be screened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ui/report.py" line="37"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="37"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="37"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="37"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="42"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="42"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="42"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="50"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="50"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="51"/>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="51"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="52"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="53"/>
        <source>Screened at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="57"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="110"/>
        <source>CXR Screen report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="126"/>
        <source>The report could not be saved to %1 (%2). Choose another folder or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../ui/result_panel.py" line="26"/>
        <source>Signs of pneumonia — refer to a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="27"/>
        <source>No signs of pneumonia detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="31"/>
        <source>screening (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="32"/>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="37"/>
        <source>Score %1 (refer at %2 or more) · operating point: %3 · model %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/result_panel.py" line="68"/>
        <source>No case open</source>
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
        <location filename="../ui/review_panel.py" line="45"/>
        <source>Record &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="48"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="49"/>
        <source>Reviewer&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="50"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="73"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="76"/>
        <source>Reviewed by %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="91"/>
        <source>Choose agree, disagree or uncertain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="93"/>
        <source>Enter the reviewer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="51"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="52"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="53"/>
        <location filename="../ui/settings_dialog.py" line="82"/>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="54"/>
        <source>Send finalised cases automatically when the server can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="57"/>
        <location filename="../ui/settings_dialog.py" line="84"/>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <source>The model&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="60"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="60"/>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="66"/>
        <source>%1 — on validation: sensitivity %2%, specificity %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="73"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="79"/>
        <source>Server address (DICOMweb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="80"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="81"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>Operating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="86"/>
        <source>Data folder (restart to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source>Values left as the site configuration sets them follow it. The password is stored encrypted on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>The CA certificate file does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="139"/>
        <source>The watched folder does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../ui/status.py" line="26"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="39"/>
        <source>Server: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="41"/>
        <source>Server: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="43"/>
        <source>Server: reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="45"/>
        <source>Server: not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/status.py" line="50"/>
        <source>%n case(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="54"/>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="56"/>
        <source>Last sync: %1</source>
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
        <location filename="../ui/viewer.py" line="136"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="144"/>
        <source>Import an X-ray (Ctrl+O) or choose a case in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="222"/>
        <source>Window: original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="225"/>
        <source>L %1 / W %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
