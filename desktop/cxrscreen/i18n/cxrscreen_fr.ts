<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="22"/>
        <source>Health worker</source>
        <translation>Agent de santé</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="23"/>
        <source>Clinician</source>
        <translation>Clinicien</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="24"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="88"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="92"/>
        <source>Your password (%1)</source>
        <translation>Votre mot de passe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="96"/>
        <source>&amp;Current password</source>
        <translation>Mot de passe a&amp;ctuel</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="97"/>
        <source>&amp;New password or PIN</source>
        <translation>&amp;Nouveau mot de passe ou code PIN</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="98"/>
        <source>New password &amp;again</source>
        <translation>Nouveau mot de passe, &amp;encore</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="99"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="105"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="106"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="107"/>
        <source>&amp;Set a new password…</source>
        <translation>Définir un nouveau &amp;mot de passe…</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="117"/>
        <source>Accounts on this laptop (administrators only)</source>
        <translation>Comptes sur cet ordinateur (administrateurs seulement)</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="119"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="119"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="120"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="145"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="145"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="147"/>
        <source>damaged: cannot sign in (disable it, then reset its password)</source>
        <translation>endommagé : ne peut pas se connecter (désactivez-le, puis réinitialisez son mot de passe)</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="179"/>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="185"/>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>Votre mot de passe est changé. Utilisez le nouveau à partir de maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="188"/>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="189"/>
        <source>The person signs in with this name and password. Give the password to them in private; they can change it under Accounts.</source>
        <translation>La personne se connecte avec ce nom et ce mot de passe. Donnez-lui le mot de passe en privé ; elle peut le changer dans Comptes.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="196"/>
        <source>Account %1 added.</source>
        <translation>Compte %1 ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="201"/>
        <location filename="../ui/accounts_dialog.py" line="210"/>
        <source>Choose an account in the list first.</source>
        <translation>Choisissez d’abord un compte dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="204"/>
        <source>Account %1 is disabled: it can no longer sign in. Set a new password to enable it again.</source>
        <translation>Le compte %1 est désactivé : il ne peut plus se connecter. Définissez un nouveau mot de passe pour le réactiver.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="212"/>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="213"/>
        <source>The old password stops working at once. A disabled account is enabled again.</source>
        <translation>L’ancien mot de passe cesse de fonctionner immédiatement. Un compte désactivé est réactivé.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="218"/>
        <source>New password set for %1.</source>
        <translation>Nouveau mot de passe défini pour %1.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="199"/>
        <source>CXR Screen cannot start</source>
        <translation>CXR Screen ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../ui/case_form.py" line="35"/>
        <source>Enter the patient ID (it links the X-ray to the child).</source>
        <translation>Saisissez l’identifiant du patient (il relie la radiographie à l’enfant).</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="37"/>
        <source>The patient ID must be at most 64 characters, without \.</source>
        <translation>L’identifiant du patient doit faire 64 caractères au plus, sans \.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="40"/>
        <source>The name must be at most 64 characters, without \.</source>
        <translation>Le nom doit faire 64 caractères au plus, sans \.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="42"/>
        <source>Enter the child&apos;s age.</source>
        <translation>Saisissez l’âge de l’enfant.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="58"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="58"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="62"/>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="66"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="72"/>
        <source>Notes (symptoms, what the family was told...)</source>
        <translation>Notes (symptômes, ce qui a été dit à la famille...)</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="86"/>
        <source>&amp;Finalise (Ctrl+Enter)</source>
        <translation>&amp;Finaliser (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="88"/>
        <source>Freeze the case and queue it to be sent to the hospital</source>
        <translation>Figer le cas et le mettre en file d’attente pour l’envoi à l’hôpital</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="95"/>
        <source>Patient &amp;ID</source>
        <translation>&amp;Identifiant du patient</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="96"/>
        <source>&amp;Name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="97"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="98"/>
        <source>&amp;Age</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="115"/>
        <source>Health worker&apos;s notes</source>
        <translation>Notes de l’agent de santé</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="153"/>
        <source>From the DICOM file %1: check the details.</source>
        <translation>Depuis le fichier DICOM %1 : vérifiez les informations.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="154"/>
        <source>From the image file %1: type the details.</source>
        <translation>Depuis le fichier image %1 : saisissez les informations.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="190"/>
        <source>The age is too large for the unit chosen.</source>
        <translation>L’âge est trop grand pour l’unité choisie.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="208"/>
        <source>Not screened, not finalised yet: type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Non analysé, pas encore finalisé : saisissez les informations de l&apos;enfant, puis Finaliser pour l&apos;envoyer à la lecture d&apos;un clinicien.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="212"/>
        <source>Not finalised yet: check the details, then Finalise.</source>
        <translation>Pas encore finalisé : vérifiez les informations, puis Finaliser.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="214"/>
        <source>Finalised: queued to be sent to the hospital. It can no longer be changed.</source>
        <translation>Finalisé : en attente d’envoi à l’hôpital. Il ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="216"/>
        <source>Sent to the hospital. It can no longer be changed.</source>
        <translation>Envoyé à l’hôpital. Il ne peut plus être modifié.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../ui/case_list.py" line="26"/>
        <source>Screened</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="26"/>
        <source>Finalised</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="27"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="28"/>
        <source>Sent and cleared</source>
        <translation>Envoyé et effacé</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="34"/>
        <location filename="../ui/case_list.py" line="78"/>
        <source>Refer</source>
        <translation>Référer</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="34"/>
        <location filename="../ui/case_list.py" line="79"/>
        <source>No signs</source>
        <translation>Aucun signe</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="45"/>
        <source>Today %1</source>
        <translation>Aujourd’hui %1</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="68"/>
        <source>Search patient ID or name (Ctrl+F)</source>
        <translation>Identifiant ou nom du patient (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="70"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="72"/>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="73"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="77"/>
        <source>Filter by result</source>
        <translation>Filtrer par résultat</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="78"/>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="80"/>
        <source>Not screened</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="83"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="84"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="84"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="85"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="83"/>
        <source>Patient ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="85"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="91"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="178"/>
        <source>Not finalised</source>
        <translation>Non finalisé</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="179"/>
        <source>no ID yet</source>
        <translation>pas encore d&apos;identifiant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_list.py" line="206"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../ui/confirm.py" line="26"/>
        <source>Finalise this case? It cannot be changed afterwards, and it will be sent to the hospital.</source>
        <translation>Finaliser ce cas ? Il ne pourra plus être modifié ensuite, et il sera envoyé à l&apos;hôpital.</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="28"/>
        <source>Patient ID: %1</source>
        <translation>Identifiant du patient : %1</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="29"/>
        <source>Age: %1 · Sex: %2</source>
        <translation>Âge : %1 · Sexe : %2</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="31"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="32"/>
        <source>Result: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="45"/>
        <source>Finalise the case?</source>
        <translation>Finaliser le cas ?</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="50"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Finaliser</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="51"/>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
</context>
<context>
    <name>DamagedCasesBanner</name>
    <message>
        <location filename="../ui/damaged_banner.py" line="26"/>
        <source>Damaged cases</source>
        <translation>Cas endommagés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/damaged_banner.py" line="59"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/damaged_banner.py" line="61"/>
        <source>%n case(s) were set aside because they are damaged or were changed outside the application: %1. They are not shown or sent as they are; every other case is safe. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup if needed.</source>
        <translation>
            <numerusform>%n cas a été mis de côté car il est endommagé ou a été modifié en dehors de l&apos;application : %1. Il n&apos;est ni affiché ni envoyé tel quel ; tous les autres cas sont sûrs. Demandez à votre responsable informatique de lancer `cxrscreen doctor` et, si besoin, de restaurer le dossier des données depuis une sauvegarde.</numerusform>
            <numerusform>%n cas ont été mis de côté car ils sont endommagés ou ont été modifiés en dehors de l&apos;application : %1. Ils ne sont ni affichés ni envoyés tels quels ; tous les autres cas sont sûrs. Demandez à votre responsable informatique de lancer `cxrscreen doctor` et, si besoin, de restaurer le dossier des données depuis une sauvegarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <location filename="../ui/result_panel.py" line="20"/>
        <source>Screening aid, not a diagnosis. The result must be confirmed by a trained clinician; it is only for frontal chest X-rays of children.</source>
        <translation>Aide au dépistage, pas un diagnostic. Le résultat doit être confirmé par un clinicien formé ; il ne vaut que pour les radiographies thoraciques de face d’enfants.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/messages.py" line="105"/>
        <source>Import X-ray files</source>
        <translation>Importer des fichiers de radiographie</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="106"/>
        <source>Go to the case list (arrows choose a case)</source>
        <translation>Aller à la liste des cas (les flèches choisissent un cas)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>Lock the window now</source>
        <translation>Verrouiller la fenêtre maintenant</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="108"/>
        <source>Search for a patient</source>
        <translation>Chercher un patient</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="109"/>
        <source>Case form / clinician review</source>
        <translation>Fiche du cas / relecture du clinicien</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="110"/>
        <source>Save the case form</source>
        <translation>Enregistrer la fiche du cas</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="111"/>
        <source>Finalise the case (queue it for the hospital)</source>
        <translation>Finaliser le cas (le mettre en attente pour l’hôpital)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="112"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="113"/>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="114"/>
        <source>Send finalised cases now</source>
        <translation>Envoyer maintenant les cas finalisés</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="115"/>
        <source>Heatmap on or off</source>
        <translation>Afficher ou masquer la carte de chaleur</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="116"/>
        <source>Zoom in / out / fit (on the image)</source>
        <translation>Zoom avant / arrière / ajuster (sur l’image)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="117"/>
        <source>Reset the window (brightness and contrast)</source>
        <translation>Rétablir le fenêtrage (luminosité et contraste)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>Stop the running import or sync</source>
        <translation>Arrêter l’import ou la synchronisation en cours</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="119"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="120"/>
        <source>Accounts: your password; administrators manage accounts</source>
        <translation>Comptes : votre mot de passe ; les administrateurs gèrent les comptes</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="122"/>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="129"/>
        <source>Signs of pneumonia — refer to a clinician (red)</source>
        <translation>Signes de pneumonie — référer à un clinicien (rouge)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="130"/>
        <source>Send the child to the clinic today with the printed report (Ctrl+P). The clinician decides; the result is not a diagnosis.</source>
        <translation>Envoyez l&apos;enfant au centre de santé aujourd&apos;hui avec le rapport imprimé (Ctrl+P). Le clinicien décide ; le résultat n&apos;est pas un diagnostic.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="132"/>
        <source>No signs of pneumonia detected (green)</source>
        <translation>Aucun signe de pneumonie détecté (vert)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="133"/>
        <source>The X-ray showed no signs the model knows. It can be wrong: if the child is unwell (fast breathing, chest drawing in, high fever, not drinking), refer anyway.</source>
        <translation>La radiographie ne montre aucun signe que le modèle connaît. Il peut se tromper : si l&apos;enfant va mal (respiration rapide, tirage thoracique, forte fièvre, ne boit pas), référez quand même.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="135"/>
        <source>Outside the intended use (amber)</source>
        <translation>Hors de l&apos;usage prévu (orange)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="136"/>
        <source>The patient is 16 or older. The model is made for children; its score may be wrong. A clinician must read this X-ray.</source>
        <translation>Le patient a 16 ans ou plus. Le modèle est fait pour les enfants ; son score peut être faux. Un clinicien doit lire cette radiographie.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="138"/>
        <source>… cannot be screened</source>
        <translation>… ne peut pas être analysé</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>The message says why and what to do: for example, take or choose a frontal chest X-ray, or export the image again. Nothing was stored.</source>
        <translation>Le message dit pourquoi et quoi faire : par exemple, prendre ou choisir une radiographie thoracique de face, ou exporter l&apos;image à nouveau. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="141"/>
        <source>Finalise (Ctrl+Enter)</source>
        <translation>Finaliser (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="142"/>
        <source>Check the patient ID and age first: a finalised case cannot be changed. It is sent to the hospital when the network is back.</source>
        <translation>Vérifiez d&apos;abord l&apos;identifiant du patient et l&apos;âge : un cas finalisé ne peut plus être modifié. Il est envoyé à l&apos;hôpital quand le réseau revient.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ui/messages.py" line="157"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="161"/>
        <source>CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>CXR Screen est une aide au dépistage, pas un diagnostic.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="163"/>
        <source>What the result means, and what to do</source>
        <translation>Ce que veut dire le résultat, et que faire</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="164"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer.py" line="31"/>
        <source>X-ray image</source>
        <translation>Image radiographique</translation>
    </message>
</context>
<context>
    <name>InputCheck</name>
    <message>
        <location filename="../core/screening/check_result.py" line="10"/>
        <source>The image was stored as a negative; it was inverted back before screening.</source>
        <translation>L’image était enregistrée en négatif ; elle a été remise en positif avant l’analyse.</translation>
    </message>
    <message>
        <location filename="../core/screening/check_result.py" line="14"/>
        <source>The image was turned {angle} degrees; it was turned upright before screening.</source>
        <translation>L’image était tournée de {angle} degrés ; elle a été remise droite avant l’analyse.</translation>
    </message>
</context>
<context>
    <name>IntendedUse</name>
    <message>
        <location filename="../core/screening/intended_use.py" line="60"/>
        <source>Outside the intended use: this patient is {age} years old. CXR Screen is made for children (under {limit}); its score was not checked on adults and may be wrong. A clinician must read this X-ray.</source>
        <translation>Hors de l&apos;usage prévu : ce patient a {age} ans. CXR Screen est fait pour les enfants (moins de {limit} ans) ; son score n&apos;a pas été vérifié chez les adultes et peut être faux. Un clinicien doit lire cette radiographie.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/language.py" line="166"/>
        <source>The system&apos;s language (%1)</source>
        <translation>La langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/sign_in.py" line="150"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="151"/>
        <source>The cases are hidden. Sign in to go on (you, or another person with an account). Work in the background goes on.</source>
        <translation>Les cas sont masqués. Connectez-vous pour continuer (vous, ou une autre personne qui a un compte). Le travail en arrière-plan continue.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="156"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="157"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="158"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="185"/>
        <source>What %1 typed in this case and did not save was cleared: it was not saved. The case shows what is stored.</source>
        <translation>Ce que %1 a saisi dans ce cas sans l&apos;enregistrer a été effacé : rien n&apos;en a été enregistré. Le cas montre ce qui est enregistré.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/import_flow.py" line="26"/>
        <source>%1 is already stored (patient %2, file %3, imported %4); it was not added again.</source>
        <translation>%1 est déjà enregistré (patient %2, fichier %3, importé %4) ; il n&apos;a pas été ajouté à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="29"/>
        <source>no ID yet</source>
        <translation>pas encore d&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="54"/>
        <source>CXR Screen — chest X-ray screening aid</source>
        <translation>CXR Screen — aide au dépistage sur radiographie thoracique</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="74"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="75"/>
        <location filename="../ui/window_actions.py" line="63"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="76"/>
        <source>Patient details and notes (Ctrl+1)</source>
        <translation>Informations du patient et notes (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="77"/>
        <source>Clinician review (Ctrl+2)</source>
        <translation>Relecture du clinicien (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="32"/>
        <source>Import X-rays…</source>
        <translation>Importer des radios…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="34"/>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="36"/>
        <source>Finalise the case and queue it for sending</source>
        <translation>Finaliser le cas et le mettre en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="38"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="40"/>
        <source>Print report…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="42"/>
        <source>Save report as PDF…</source>
        <translation>Rapport en PDF…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="45"/>
        <source>Sync now</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="46"/>
        <source>Send finalised cases to the hospital now</source>
        <translation>Envoyer maintenant les cas finalisés à l’hôpital</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="48"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="50"/>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="52"/>
        <source>Change your password; administrators add and disable accounts</source>
        <translation>Changer votre mot de passe ; les administrateurs ajoutent et désactivent des comptes</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="55"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="57"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="59"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="61"/>
        <source>Case form</source>
        <translation>Fiche du cas</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="65"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="66"/>
        <source>Main actions</source>
        <translation>Actions principales</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>Screening is not possible: %1</source>
        <translation>L’analyse est impossible : %1</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="31"/>
        <source>Loading the image…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="101"/>
        <source>Finalised: the case is queued to be sent.</source>
        <translation>Finalisé : le cas est en attente d’envoi.</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="103"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="110"/>
        <source>Review recorded.</source>
        <translation>Relecture enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="40"/>
        <source>Import X-rays</source>
        <translation>Importer des radiographies</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="42"/>
        <source>X-ray images (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;All files (*)</source>
        <translation>Images radiographiques (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="60"/>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="91"/>
        <source>From the watched folder:</source>
        <translation>Du dossier surveillé :</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="93"/>
        <source>%n X-ray(s) screened.</source>
        <translation>
            <numerusform>%n radiographie analysée.</numerusform>
            <numerusform>%n radiographies analysées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="96"/>
        <source>The case on the screen is unchanged; the new case is in the list.</source>
        <translation>Le cas à l&apos;écran n&apos;a pas changé ; le nouveau cas est dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="100"/>
        <source>%1 cannot be screened: %2</source>
        <translation>%1 ne peut pas être analysé : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="104"/>
        <source>…and %n more file(s) could not be screened.</source>
        <translation>
            <numerusform>…et %n autre fichier n’a pas pu être analysé.</numerusform>
            <numerusform>…et %n autres fichiers n’ont pas pu être analysés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="107"/>
        <source>The child was not screened. If the child is unwell, refer to a clinician now; do not wait for a new X-ray.</source>
        <translation>L&apos;enfant n&apos;a pas été analysé. Si l&apos;enfant va mal, référez-le à un clinicien maintenant ; n&apos;attendez pas une nouvelle radiographie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="113"/>
        <source>…and %n more file(s) were already stored.</source>
        <translation>
            <numerusform>…et %n autre fichier était déjà enregistré.</numerusform>
            <numerusform>…et %n autres fichiers étaient déjà enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="117"/>
        <source>Import stopped: the remaining files were not imported.</source>
        <translation>Import arrêté : les fichiers restants n’ont pas été importés.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="120"/>
        <source>No files to import.</source>
        <translation>Aucun fichier à importer.</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="27"/>
        <source>Save report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="28"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="52"/>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="81"/>
        <source>Report sent to the printer.</source>
        <translation>Rapport envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../ui/sync_flow.py" line="63"/>
        <source>No server is set up. Open Settings (Ctrl+,) and enter the server address.</source>
        <translation>Aucun serveur n’est configuré. Ouvrez les Réglages (Ctrl+,) et saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/sync_flow.py" line="69"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/messages.py" line="25"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="26"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <location filename="../core/xray/dicom.py" line="19"/>
        <source>a mammogram</source>
        <translation>une mammographie</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="20"/>
        <location filename="../core/xray/dicom.py" line="21"/>
        <source>a dental X-ray</source>
        <translation>une radiographie dentaire</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="26"/>
        <source>a CT scan</source>
        <translation>un scanner (tomodensitométrie)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="27"/>
        <source>an MRI scan</source>
        <translation>une IRM</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="28"/>
        <source>an ultrasound</source>
        <translation>une échographie</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="29"/>
        <source>a nuclear medicine image</source>
        <translation>une image de médecine nucléaire</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="30"/>
        <source>a PET scan</source>
        <translation>une TEP (tomographie par émission de positons)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="31"/>
        <source>an angiography image</source>
        <translation>une image d’angiographie</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="32"/>
        <source>a fluoroscopy image</source>
        <translation>une image de radioscopie</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="33"/>
        <source>an endoscopy image</source>
        <translation>une image d’endoscopie</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="34"/>
        <source>an eye photograph</source>
        <translation>une photographie de l’œil</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="35"/>
        <source>a camera photograph</source>
        <translation>une photographie prise avec un appareil photo</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="36"/>
        <source>a microscope image</source>
        <translation>une image de microscope</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="37"/>
        <source>an eye scan (OCT)</source>
        <translation>un examen de l’œil (OCT)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="38"/>
        <source>a microscope slide image</source>
        <translation>une image de lame de microscope</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="39"/>
        <source>an ultrasound from inside a blood vessel</source>
        <translation>une échographie de l’intérieur d’un vaisseau sanguin</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="41"/>
        <source>a radiotherapy dose file</source>
        <translation>un fichier de dose de radiothérapie</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="42"/>
        <source>a radiotherapy plan</source>
        <translation>un plan de radiothérapie</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="43"/>
        <source>a radiotherapy structure set (outlines)</source>
        <translation>un ensemble de structures de radiothérapie (contours)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="44"/>
        <source>a radiotherapy treatment record</source>
        <translation>un compte rendu de traitement de radiothérapie</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="45"/>
        <source>a segmentation (outlines drawn over a scan)</source>
        <translation>une segmentation (contours tracés sur un examen)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="46"/>
        <source>a report (DICOM structured report)</source>
        <translation>un compte rendu (DICOM SR)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="47"/>
        <source>a document</source>
        <translation>un document</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="48"/>
        <source>a note that marks key images</source>
        <translation>une note qui signale des images clés</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="49"/>
        <source>a display-settings file (presentation state)</source>
        <translation>un fichier de réglages d’affichage (presentation state)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="50"/>
        <source>an ECG (a heart tracing)</source>
        <translation>un ECG (tracé du cœur)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="51"/>
        <source>a waveform recording</source>
        <translation>un enregistrement de tracé (forme d’onde)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="52"/>
        <source>a sound recording</source>
        <translation>un enregistrement sonore</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="53"/>
        <source>an image registration file</source>
        <translation>un fichier de recalage d’images</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <location filename="../core/screening/input_check.py" line="132"/>
        <source>The input check&apos;s metadata.json in {folder} cannot be read ({reason}). Reinstall the application.</source>
        <translation>Le fichier metadata.json du contrôle de l’image dans {folder} ne peut pas être lu ({reason}). Réinstallez l’application.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="137"/>
        <source>The input check in {folder} is not usable: {problem}. Reinstall the application.</source>
        <translation>Le contrôle de l’image dans {folder} n’est pas utilisable : {problem}. Réinstallez l’application.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="146"/>
        <source>The input check&apos;s file {file} is missing. Reinstall the application.</source>
        <translation>Le fichier {file} du contrôle de l’image est manquant. Réinstallez l’application.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="150"/>
        <source>The input check&apos;s file {file} is damaged or was replaced (checksum). Reinstall the application.</source>
        <translation>Le fichier {file} du contrôle de l’image est endommagé ou a été remplacé (somme de contrôle). Réinstallez l’application.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="157"/>
        <location filename="../core/screening/input_check.py" line="165"/>
        <source>The input check&apos;s {file} cannot be read ({reason}). Reinstall the application.</source>
        <translation>Le fichier {file} du contrôle de l’image ne peut pas être lu ({reason}). Réinstallez l’application.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="169"/>
        <location filename="../core/screening/input_check.py" line="183"/>
        <source>The input check</source>
        <translation>Le contrôle de l’image</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="174"/>
        <source>The input check&apos;s tensors do not match its metadata. Reinstall the application.</source>
        <translation>Les tenseurs du contrôle de l’image ne correspondent pas à ses métadonnées. Réinstallez l’application.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="184"/>
        <source>The input check&apos;s model file was replaced while it was in use (checksum). Reinstall the application.</source>
        <translation>Le fichier du modèle du contrôle de l’image a été remplacé pendant son utilisation (somme de contrôle). Réinstallez l’application.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="99"/>
        <source>No screening model was found in {folder}. Reinstall the application, or pass --model with the folder that holds model.tflite and metadata.json.</source>
        <translation>Aucun modèle de dépistage n’a été trouvé dans {folder}. Réinstallez l’application, ou donnez --model avec le dossier qui contient model.tflite et metadata.json.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="127"/>
        <source>The model has no operating point {name}; it offers {offered}.</source>
        <translation>Le modèle n’a pas de point de fonctionnement {name} ; il propose {offered}.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="142"/>
        <source>The model folder {folder} has no metadata.json. Reinstall the application or the model.</source>
        <translation>Le dossier du modèle {folder} n’a pas de metadata.json. Réinstallez l’application ou le modèle.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="146"/>
        <source>The model&apos;s metadata.json cannot be read ({reason}). Reinstall the application or the model.</source>
        <translation>Le fichier metadata.json du modèle ne peut pas être lu ({reason}). Réinstallez l’application ou le modèle.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="204"/>
        <source>The screening model cannot be used: {detail} Reinstall the application or the model.</source>
        <translation>Le modèle de dépistage ne peut pas être utilisé : {detail} Réinstallez l’application ou le modèle.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="218"/>
        <source>{what} cannot be loaded by LiteRT ({reason}). Reinstall the application or the model.</source>
        <translation>{what} : LiteRT ne peut pas le charger ({reason}). Réinstallez l’application ou le modèle.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="35"/>
        <source>The input check model (edge_models/cxr-input-check) is missing, so no image can be checked before screening. Reinstall the application.</source>
        <translation>Le modèle du contrôle de l’image (edge_models/cxr-input-check) est manquant : aucune image ne peut donc être contrôlée avant l’analyse. Réinstallez l’application.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="63"/>
        <source>The model file {file} is missing. Reinstall the model.</source>
        <translation>Le fichier du modèle {file} est manquant. Réinstallez le modèle.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="67"/>
        <location filename="../core/screening/screener.py" line="86"/>
        <source>The model file</source>
        <translation>Le fichier du modèle</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="68"/>
        <source>The model file is damaged or was replaced: its checksum does not match its metadata. Reinstall the application or the model.</source>
        <translation>Le fichier du modèle est endommagé ou a été remplacé : sa somme de contrôle ne correspond pas à ses métadonnées. Réinstallez l’application ou le modèle.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="87"/>
        <source>The model file was replaced while it was in use: its checksum no longer matches its metadata. Reinstall the application or the model.</source>
        <translation>Le fichier du modèle a été remplacé pendant son utilisation : sa somme de contrôle ne correspond plus à ses métadonnées. Réinstallez l’application ou le modèle.</translation>
    </message>
</context>
<context>
    <name>NotScreened</name>
    <message>
        <location filename="../ui/not_screened.py" line="42"/>
        <source>NOT SCREENED</source>
        <translation>NON ANALYSÉ</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="66"/>
        <source>%1 may still show the chest: you can send it, NOT screened, for a clinician&apos;s reading.</source>
        <translation>%1 montre peut-être le thorax : vous pouvez l&apos;envoyer, NON analysé, à la lecture d&apos;un clinicien.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="69"/>
        <source>Send for a &amp;clinician&apos;s reading</source>
        <translation>Envoyer à la lecture d&apos;un &amp;clinicien</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="78"/>
        <source>Send without screening?</source>
        <translation>Envoyer sans analyse ?</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="79"/>
        <source>CXR Screen did NOT screen this X-ray and gives no result for it. It will be stored as &quot;Not screened&quot; and, once you finalise it, sent to the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>CXR Screen n&apos;a PAS analysé cette radiographie et ne donne aucun résultat pour elle. Elle sera enregistrée comme « Non analysé » et, une fois finalisée, envoyée à l&apos;hôpital pour qu&apos;un clinicien la lise. CXR Screen est une aide au dépistage, pas un diagnostic.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="88"/>
        <source>&amp;Send for reading</source>
        <translation>&amp;Envoyer à la lecture</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="90"/>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="124"/>
        <source>Stored as NOT SCREENED: it is in the list. Open it, type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Enregistré comme NON ANALYSÉ : il est dans la liste. Ouvrez-le, saisissez les informations de l&apos;enfant, puis Finaliser pour l&apos;envoyer à la lecture d&apos;un clinicien.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="131"/>
        <source>Stored as NOT SCREENED. Type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Enregistré comme NON ANALYSÉ. Saisissez les informations de l&apos;enfant, puis Finaliser pour l&apos;envoyer à la lecture d&apos;un clinicien.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="40"/>
        <source>NOT SCREENED: sent for a clinician&apos;s reading</source>
        <translation>NON ANALYSÉ : envoyé à la lecture d&apos;un clinicien</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="42"/>
        <source>This X-ray was NOT screened: CXR Screen made no result and no score for it. It is sent to the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>Cette radiographie n&apos;a PAS été analysée : CXR Screen n&apos;a donné ni résultat ni score pour elle. Elle est envoyée à l&apos;hôpital pour qu&apos;un clinicien la lise. CXR Screen est une aide au dépistage, pas un diagnostic.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="46"/>
        <source>If the child is unwell, refer to a clinician now; do not wait for the reading.</source>
        <translation>Si l&apos;enfant va mal, référez-le à un clinicien maintenant ; n&apos;attendez pas la lecture.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="49"/>
        <source>Why it was not screened: %1</source>
        <translation>Pourquoi elle n&apos;a pas été analysée : %1</translation>
    </message>
</context>
<context>
    <name>OperatingPoint</name>
    <message>
        <location filename="../ui/plain_figures.py" line="18"/>
        <source>Screening</source>
        <translation>Dépistage</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="18"/>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="19"/>
        <source>Finds the most children</source>
        <translation>Trouve le plus d&apos;enfants</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="20"/>
        <source>Site (chosen by the site&apos;s IT)</source>
        <translation>Site (choisi par l&apos;informatique du site)</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="25"/>
        <source>on other hospitals&apos; X-rays: finds %1 of 100 children with pneumonia, and sends %2 of 100 children without it to the clinic</source>
        <translation>sur les radiographies d&apos;autres hôpitaux : trouve %1 enfants sur 100 qui ont une pneumonie, et envoie au centre de santé %2 enfants sur 100 qui n&apos;en ont pas</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="27"/>
        <source>on the test X-rays: finds %1 of 100 children with pneumonia, and sends %2 of 100 children without it to the clinic</source>
        <translation>sur les radiographies de test : trouve %1 enfants sur 100 qui ont une pneumonie, et envoie au centre de santé %2 enfants sur 100 qui n&apos;en ont pas</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="40"/>
        <source>%1 — the same as %2 with this model</source>
        <translation>%1 — le même que %2 avec ce modèle</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="59"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="60"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="62"/>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Mot de passe ou code PIN</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="63"/>
        <source>Password &amp;again</source>
        <translation>Mot de passe, &amp;encore</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="76"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="26"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qt_words.py" line="24"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="25"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier :</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="26"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichiers :</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="27"/>
        <source>Directory:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="28"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="29"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="30"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="31"/>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="32"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="33"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="34"/>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="35"/>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="36"/>
        <source>List View</source>
        <translation>Affichage en liste</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="37"/>
        <source>Detail View</source>
        <translation>Affichage détaillé</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="38"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="40"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="41"/>
        <source>Show &amp;hidden files</source>
        <translation>Afficher les fichiers &amp;cachés</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/qt_words.py" line="42"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="43"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="44"/>
        <source>Date Modified</source>
        <translation>Date de modification</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="45"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/qt_words.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="48"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="49"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="50"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="51"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="52"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="53"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/qt_words.py" line="16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="18"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="19"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="20"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="21"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="22"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/recovery_key.py" line="29"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="31"/>
        <source>Write down this recovery key and give it to your IT officer to keep locked away, apart from this laptop. It is shown only now. It opens the cases if every password is lost.</source>
        <translation>Écrivez cette clé de récupération et donnez-la au responsable informatique, qui la garde sous clé, loin de cet ordinateur. Elle n&apos;est montrée que maintenant. Elle ouvre les cas si tous les mots de passe sont perdus.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="45"/>
        <source>It has only the letters A to Z and the digits 2 to 7: there is no zero (0), no one (1) and no eight (8).</source>
        <translation>Elle n&apos;a que les lettres A à Z et les chiffres 2 à 7 : il n&apos;y a ni zéro (0), ni un (1), ni huit (8).</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="48"/>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="49"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="54"/>
        <source>To check that it is written down, type its last group of four characters:</source>
        <translation>Pour vérifier qu&apos;elle est écrite, tapez son dernier groupe de quatre caractères :</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="60"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="101"/>
        <source>CXR Screen recovery key</source>
        <translation>Clé de récupération de CXR Screen</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="102"/>
        <source>Data folder: %1</source>
        <translation>Dossier des données : %1</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="103"/>
        <source>Made: %1</source>
        <translation>Créée le : %1</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="104"/>
        <source>Keep it locked away, apart from the laptop.</source>
        <translation>Gardez-la sous clé, loin de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="114"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="116"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="122"/>
        <source>It could not be saved (%1). Choose another place, for example a USB stick.</source>
        <translation>Elle n&apos;a pas pu être enregistrée (%1). Choisissez un autre endroit, par exemple une clé USB.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="126"/>
        <source>Saved to %1. Move that file to a USB stick that IT keeps, then delete it from this laptop.</source>
        <translation>Enregistrée dans %1. Déplacez ce fichier sur une clé USB que l&apos;informatique garde, puis supprimez-le de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="135"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../core/xray/dicom.py" line="71"/>
        <source>The DICOM file is damaged or incomplete ({error}). Export it again.</source>
        <translation>Le fichier DICOM est endommagé ou incomplet ({error}). Exportez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="80"/>
        <source>This DICOM file holds no image (it may be a report or a study list). Export the X-ray image itself.</source>
        <translation>Ce fichier DICOM ne contient aucune image (c’est peut-être un compte rendu ou une liste d’examens). Exportez l’image radiographique elle-même.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="89"/>
        <source>This DICOM file holds {frames} images (a series or a cine loop); only a single X-ray image can be screened. Export the frontal chest image on its own and try again.</source>
        <translation>Ce fichier DICOM contient {frames} images (une série ou une boucle animée) ; seule une image radiographique unique peut être analysée. Exportez seule l’image thoracique de face et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="158"/>
        <location filename="../core/xray/dicom.py" line="179"/>
        <source>This is {kind}: only frontal chest X-rays can be screened.</source>
        <translation>Ceci est {kind} : seules les radiographies thoraciques de face peuvent être analysées.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="164"/>
        <source>This is {kind}, not an X-ray radiograph: only frontal chest X-rays can be screened. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation>Ceci est {kind}, pas une radiographie : seules les radiographies thoraciques de face peuvent être analysées. Choisissez le fichier de la radiographie thoracique de l’enfant et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="170"/>
        <source>This file is marked as {modality}, not as an X-ray radiograph: only frontal chest X-rays can be screened. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation>Ce fichier est marqué comme {modality}, pas comme une radiographie : seules les radiographies thoraciques de face peuvent être analysées. Choisissez le fichier de la radiographie thoracique de l’enfant et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="182"/>
        <source>This is an {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation>Cette radiographie est celle d’une autre région (« {part} ») : seules les radiographies thoraciques de face peuvent être analysées. Choisissez ou faites une radiographie thoracique de face.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="185"/>
        <source>This is a {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation>Cette radiographie est celle d’une autre région (« {part} ») : seules les radiographies thoraciques de face peuvent être analysées. Choisissez ou faites une radiographie thoracique de face.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="191"/>
        <source>This is a side (lateral) view: only frontal chest X-rays (PA or AP) can be screened. Choose the frontal image of the study.</source>
        <translation>Ceci est une vue de profil (latérale) : seules les radiographies thoraciques de face (PA ou AP) peuvent être analysées. Choisissez l’image de face de l’examen.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="223"/>
        <source>This DICOM image has an unexpected shape and cannot be screened.</source>
        <translation>Cette image DICOM a une forme inattendue et ne peut pas être analysée.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="239"/>
        <source>The image data in this DICOM file is damaged or incomplete ({error}). Export the X-ray again.</source>
        <translation>Les données d’image de ce fichier DICOM sont endommagées ou incomplètes ({error}). Exportez de nouveau la radiographie.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="247"/>
        <source>This DICOM encoding ({encoding}) cannot be decoded here. Export the image uncompressed or as JPEG.</source>
        <translation>Ce codage DICOM ({encoding}) ne peut pas être décodé ici. Exportez l’image non compressée ou en JPEG.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="277"/>
        <source>The image data in this DICOM file is damaged.</source>
        <translation>Les données d’image de ce fichier DICOM sont endommagées.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="45"/>
        <source>This file is too large to be an X-ray image.</source>
        <translation>Ce fichier est trop volumineux pour être une image radiographique.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="98"/>
        <location filename="../core/xray/read.py" line="42"/>
        <source>This file is not an image the application can read (it is not DICOM, JPEG or PNG). Export the X-ray again from the machine&apos;s console.</source>
        <translation>Ce fichier n’est pas une image que l’application sait lire (ce n’est ni du DICOM, ni du JPEG, ni du PNG). Exportez de nouveau la radiographie depuis la console de l’appareil.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="106"/>
        <source>The image is blank or almost uniform: no X-ray can be seen in it. Check the exposure and export the image again.</source>
        <translation>L’image est vide ou presque uniforme : on n’y voit aucune radiographie. Vérifiez l’exposition et exportez de nouveau l’image.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="65"/>
        <source>{name} is not a regular file.</source>
        <translation>{name} n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="74"/>
        <source>{name} is a folder, not an image file.</source>
        <translation>{name} est un dossier, pas un fichier image.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="77"/>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="81"/>
        <source>The file {name} cannot be opened: permission denied.</source>
        <translation>Le fichier {name} ne peut pas être ouvert : accès refusé.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="85"/>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>Le fichier {name} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="88"/>
        <source>The file is empty. Export the X-ray again.</source>
        <translation>Le fichier est vide. Exportez de nouveau la radiographie.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="114"/>
        <source>The file declares an image with no pixels. Export the X-ray again from the console and try again.</source>
        <translation>Le fichier annonce une image sans aucun pixel. Exportez de nouveau la radiographie depuis la console et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="120"/>
        <source>The image declares {cols} x {rows} pixels, far more than any X-ray. The file is damaged or is not an X-ray.</source>
        <translation>L’image annonce {cols} x {rows} pixels, bien plus qu’aucune radiographie. Le fichier est endommagé ou n’est pas une radiographie.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="131"/>
        <source>The image is only {cols} x {rows} pixels; at least {minimum} pixels on the short side are needed. Export the full-resolution image, not a thumbnail.</source>
        <translation>L’image ne fait que {cols} x {rows} pixels ; il faut au moins {minimum} pixels sur le petit côté. Exportez l’image en pleine résolution, pas une miniature.</translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="35"/>
        <source>The image declares far more pixels than any X-ray; it cannot be opened.</source>
        <translation>L’image annonce bien plus de pixels qu’aucune radiographie ; elle ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="41"/>
        <source>The {kind} file is damaged or incomplete ({error}). Copy or export the X-ray again.</source>
        <translation>Le fichier {kind} est endommagé ou incomplet ({error}). Copiez ou exportez de nouveau la radiographie.</translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="46"/>
        <source>Animated or multi-page images cannot be screened.</source>
        <translation>Les images animées ou à plusieurs pages ne peuvent pas être analysées.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="53"/>
        <source>This is a colour picture, not an X-ray (X-rays are grey). Choose the child&apos;s chest X-ray file; if this is a photograph of the film, use the digital X-ray instead.</source>
        <translation>Ceci est une image en couleur, pas une radiographie (les radiographies sont grises). Choisissez le fichier de la radiographie thoracique de l’enfant ; s’il s’agit d’une photo du film, utilisez plutôt la radiographie numérique.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="56"/>
        <source>This does not look like an X-ray: it may be a photograph, a document, a screenshot or another kind of scan. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation>Ceci ne ressemble pas à une radiographie : c’est peut-être une photo, un document, une capture d’écran ou un autre type d’examen. Choisissez le fichier de la radiographie thoracique de l’enfant et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="59"/>
        <source>This does not look like a frontal chest X-ray: it may show another part of the body, or the chest from the side. Choose the front view (PA or AP) of the chest and try again.</source>
        <translation>Ceci ne ressemble pas à une radiographie thoracique de face : elle montre peut-être une autre partie du corps, ou le thorax de profil. Choisissez la vue de face (PA ou AP) du thorax et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="63"/>
        <source>This image seems to be a chest X-ray turned ({angle} degrees), and it could not be turned back with confidence. Export it again upright, as it is read on a light box, and try again. If it is not a chest X-ray, choose the child&apos;s chest X-ray file instead.</source>
        <translation>Cette image semble être une radiographie thoracique tournée ({angle} degrés), et elle n’a pas pu être remise droite avec certitude. Exportez-la de nouveau à l’endroit, comme on la lit sur un négatoscope, et réessayez. Si ce n’est pas une radiographie thoracique, choisissez plutôt le fichier de la radiographie thoracique de l’enfant.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="68"/>
        <source>This image seems to be a chest X-ray stored as a negative (bones dark, lungs light), and it could not be corrected with confidence. Export it again as a normal image (for DICOM, ask for the MONOCHROME setting to be checked) and try again. If it is not a chest X-ray, choose the child&apos;s chest X-ray file instead.</source>
        <translation>Cette image semble être une radiographie thoracique enregistrée en négatif (os sombres, poumons clairs), et elle n’a pas pu être corrigée avec certitude. Exportez-la de nouveau comme une image normale (pour le DICOM, faites vérifier le réglage MONOCHROME) et réessayez. Si ce n’est pas une radiographie thoracique, choisissez plutôt le fichier de la radiographie thoracique de l’enfant.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="73"/>
        <source>This does not look like a frontal chest X-ray: it may be a side (lateral) view, or the chest may be turned away from the plate. Only frontal chest X-rays (PA or AP) can be screened. Choose the front view of the chest and try again.</source>
        <translation>Ceci ne ressemble pas à une radiographie thoracique de face : c’est peut-être une vue de profil (latérale), ou le thorax est peut-être tourné par rapport à la plaque. Seules les radiographies thoraciques de face (PA ou AP) peuvent être analysées. Choisissez la vue de face du thorax et réessayez.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="71"/>
        <source>A clinician must read this X-ray: the patient is outside the intended use of CXR Screen (children).</source>
        <translation>Un clinicien doit lire cette radiographie : le patient est hors de l&apos;usage prévu de CXR Screen (les enfants).</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="74"/>
        <source>Take the child to the clinic today and show this report. Go at once if the child breathes fast or with difficulty, cannot drink, or is very sleepy.</source>
        <translation>Emmenez l&apos;enfant au centre de santé aujourd&apos;hui et montrez ce rapport. Allez-y tout de suite si l&apos;enfant respire vite ou avec difficulté, ne peut pas boire ou est très endormi.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="76"/>
        <source>No signs of pneumonia were found on this X-ray. This does not mean the child is well: if the child is unwell or gets worse, see a clinician.</source>
        <translation>Aucun signe de pneumonie n&apos;a été trouvé sur cette radiographie. Cela ne veut pas dire que l&apos;enfant va bien : si l&apos;enfant va mal ou s&apos;aggrave, voyez un clinicien.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="93"/>
        <source>Patient ID</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="93"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="94"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="94"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="95"/>
        <source>Study date</source>
        <translation>Date de l’examen</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="95"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="96"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="97"/>
        <source>Stored at</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="98"/>
        <source>Screened at</source>
        <translation>Analysé le</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="99"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="100"/>
        <source>Health worker</source>
        <translation>Agent de santé</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="101"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="102"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="105"/>
        <source>Finalised by</source>
        <translation>Finalisé par</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="108"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation>Pas encore relu par un clinicien.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="121"/>
        <source>CXR Screen — chest X-ray screening report</source>
        <translation>CXR Screen — rapport de dépistage sur radiographie thoracique</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="122"/>
        <source>X-ray</source>
        <translation>Radiographie</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="123"/>
        <source>Heatmap: where the model looked</source>
        <translation>Carte de chaleur : là où le modèle a regardé</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="124"/>
        <source>Patient and case</source>
        <translation>Patient et cas</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="125"/>
        <source>Health worker&apos;s notes</source>
        <translation>Notes de l’agent de santé</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="126"/>
        <source>Clinician&apos;s review</source>
        <translation>Relecture du clinicien</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="127"/>
        <source>Operating point</source>
        <translation>Point de fonctionnement</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="128"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="129"/>
        <source>Report made</source>
        <translation>Rapport établi le</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="130"/>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="198"/>
        <source>CXR Screen report</source>
        <translation>Rapport CXR Screen</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="214"/>
        <source>The report could not be saved to %1 (%2). Choose another folder or free some disk space.</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1 (%2). Choisissez un autre dossier ou libérez de l’espace disque.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../ui/result_panel.py" line="28"/>
        <source>Refer to a clinician: the check could not confirm that this is a frontal chest X-ray, so a clinician must read it</source>
        <translation>Référer à un clinicien : le contrôle n&apos;a pas pu confirmer qu&apos;il s&apos;agit d&apos;une radiographie thoracique de face, un clinicien doit donc la lire</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="32"/>
        <source>Signs of pneumonia — refer to a clinician</source>
        <translation>Signes de pneumonie — référer à un clinicien</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="33"/>
        <source>No signs of pneumonia detected</source>
        <translation>Aucun signe de pneumonie détecté</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="37"/>
        <source>screening (default)</source>
        <translation>dépistage (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="38"/>
        <source>balanced</source>
        <translation>équilibré</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="39"/>
        <source>site (chosen by the site&apos;s IT)</source>
        <translation>site (choisi par l’informatique du site)</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="49"/>
        <source>Site operating point: %1.</source>
        <translation>Point de fonctionnement du site : %1.</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="54"/>
        <source>Score %1 (refer at %2 or more) · operating point: %3 · model %4 %5</source>
        <translation>Score %1 (référer à partir de %2) · point de fonctionnement : %3 · modèle %4 %5</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/result_panel.py" line="135"/>
        <source>No case open</source>
        <translation>Aucun cas ouvert</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="157"/>
        <source>Not checked on adults: %1</source>
        <translation>Non vérifié chez les adultes : %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ui/review_panel.py" line="14"/>
        <source>Agree with the result</source>
        <translation>D’accord avec le résultat</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="15"/>
        <source>Disagree with the result</source>
        <translation>Pas d’accord avec le résultat</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="16"/>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../ui/review_panel.py" line="30"/>
        <source>A&amp;gree</source>
        <translation>&amp;D’accord</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="30"/>
        <source>&amp;Disagree</source>
        <translation>&amp;Pas d’accord</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="31"/>
        <source>&amp;Uncertain</source>
        <translation>&amp;Incertain</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="46"/>
        <source>Record &amp;review</source>
        <translation>Enregistrer la &amp;relecture</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="49"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="50"/>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="82"/>
        <source>Not screened: there is no result to review. Read the X-ray in the hospital&apos;s system (PACS).</source>
        <translation>Non analysé : il n&apos;y a aucun résultat à relire. Lisez la radiographie dans le système de l&apos;hôpital (PACS).</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="122"/>
        <source>Only a clinician can record a review.</source>
        <translation>Seul un clinicien peut enregistrer une relecture.</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="51"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="87"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation>Pas encore relu par un clinicien.</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="90"/>
        <source>Reviewed by %1 on %2: %3.</source>
        <translation>Relu par %1 le %2 : %3.</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="103"/>
        <source>Only a clinician can record a review (you are signed in as %1).</source>
        <translation>Seul un clinicien peut enregistrer une relecture (vous êtes connecté en tant que %1).</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="120"/>
        <source>Choose agree, disagree or uncertain.</source>
        <translation>Choisissez d’accord, pas d’accord ou incertain.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>From the site configuration: %1</source>
        <translation>Depuis la configuration du site : %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="73"/>
        <source>The certificate authorities this application ships with (the site configuration names no CA file)</source>
        <translation>Les autorités de certification fournies avec l&apos;application (la configuration du site ne nomme aucun fichier CA)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Only the IT officer&apos;s site configuration file can choose which certificates are trusted.</source>
        <translation>Seul le fichier de configuration du site, géré par le responsable informatique, choisit les certificats de confiance.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="80"/>
        <source>Send finalised cases automatically when the server can be reached</source>
        <translation>Envoyer automatiquement les cas finalisés quand le serveur est joignable</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="83"/>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>Watched folder</source>
        <translation>Dossier surveillé</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>The model&apos;s default</source>
        <translation>Par défaut (celui du modèle)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>Only an administrator (IT) can change the operating point.</source>
        <translation>Seul un administrateur (l&apos;informatique) peut changer le point de fonctionnement.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="123"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>Server address (DICOMweb)</source>
        <translation>Adresse du serveur (DICOMweb)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="132"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="136"/>
        <source>Operating point</source>
        <translation>Point de fonctionnement</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <source>Data folder (restart to apply)</source>
        <translation>Dossier des données (au redémarrage)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>Language (restart to apply)</source>
        <translation>Langue (au redémarrage)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="146"/>
        <source>Values left as the site configuration sets them follow it. The password is stored encrypted on this laptop.</source>
        <translation>Les valeurs laissées telles que la configuration du site les fixe la suivent. Le mot de passe est enregistré chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>type it again for the new address</source>
        <translation>à saisir de nouveau pour la nouvelle adresse</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="192"/>
        <source>The server address changed. Type the password for the new address: the saved password works only for the address it was typed for.</source>
        <translation>L&apos;adresse du serveur a changé. Saisissez le mot de passe pour la nouvelle adresse : le mot de passe enregistré ne vaut que pour l&apos;adresse pour laquelle il a été saisi.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>The watched folder does not exist: %1</source>
        <translation>Le dossier surveillé n’existe pas : %1</translation>
    </message>
</context>
<context>
    <name>SettingsError</name>
    <message>
        <location filename="../core/settings.py" line="192"/>
        <source>The settings file {path} was changed outside the application (it does not match what CXR Screen saved), so nothing is sent with it and the site&apos;s settings are used. Open the settings, check the server address, user and password, and save them again; tell your IT officer that the data folder was edited.</source>
        <translation>Le fichier des réglages {path} a été modifié en dehors de l&apos;application (il ne correspond pas à ce que CXR Screen a enregistré) : rien n&apos;est envoyé avec lui et les réglages du site sont utilisés. Ouvrez les réglages, vérifiez l&apos;adresse du serveur, l&apos;utilisateur et le mot de passe, puis enregistrez-les à nouveau ; signalez au responsable informatique que le dossier des données a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="205"/>
        <source>The site configuration file {path} contains credentials ({keys}). Credentials must never be in the site file, which is copied to every laptop. Remove them and enter the user and password on each laptop.</source>
        <translation>Le fichier de configuration du site {path} contient des identifiants ({keys}). Les identifiants ne doivent jamais être dans le fichier du site, qui est copié sur chaque ordinateur. Retirez-les et saisissez l’utilisateur et le mot de passe sur chaque ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="261"/>
        <source>The saved sync password cannot be read before someone signs in. Sign in. Enter it again in the settings if it still cannot be read.</source>
        <translation>Le mot de passe d’envoi enregistré ne peut pas être lu avant que quelqu’un se connecte. Connectez-vous. S’il ne peut toujours pas être lu, saisissez-le à nouveau dans les Réglages.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="277"/>
        <source>The saved sync password cannot be used for the server {url}: it was typed for another server address (a changed address needs the password again), or saved by an older version or on another laptop. Enter it again in the settings. If you did not change the address, tell your IT officer: the settings may have been edited.</source>
        <translation>Le mot de passe d’envoi enregistré ne peut pas servir pour le serveur {url} : il a été saisi pour une autre adresse de serveur (une adresse modifiée demande à nouveau le mot de passe), ou enregistré par une ancienne version ou sur un autre ordinateur. Saisissez-le à nouveau dans les Réglages. Si vous n’avez pas changé l’adresse, prévenez le responsable informatique : les réglages ont peut-être été modifiés.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="289"/>
        <source>The data folder pointer {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation>Le fichier qui indique le dossier des données, {path}, ne peut pas être lu ({reason}). Corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="292"/>
        <location filename="../core/screening/site_operating_point.py" line="67"/>
        <source>The site configuration file {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation>Le fichier de configuration du site {path} ne peut pas être lu ({reason}). Corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="295"/>
        <source>The settings file {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation>Le fichier des réglages {path} ne peut pas être lu ({reason}). Corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="309"/>
        <source>it does not hold one JSON object {...}</source>
        <translation>il ne contient pas un seul objet JSON {...}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="317"/>
        <source>The settings were written by a newer version of CXR Screen. Install that version, or remove the settings file.</source>
        <translation>Les réglages ont été écrits par une version plus récente de CXR Screen. Installez cette version, ou supprimez le fichier des réglages.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="333"/>
        <source>The setting {key} must be {kind}, not {value}.</source>
        <translation>Le réglage {key} doit être de type {kind}, pas {value}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="339"/>
        <source>The server address must start with https:// (or http:// on a closed network): {url}</source>
        <translation>L’adresse du serveur doit commencer par https:// (ou http:// sur un réseau fermé) : {url}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="363"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="81"/>
        <source>The site operating point in {path} is not valid: it needs a threshold between 0 and 1 and the model&apos;s sha256 (64 characters). Ask IT to copy it again from the file cxrscreen monitor wrote (site_operating_point.json).</source>
        <translation>Le point de fonctionnement du site dans {path} n’est pas valable : il faut un seuil entre 0 et 1 et le sha256 du modèle (64 caractères). Demandez à l’informatique du site de le recopier depuis le fichier écrit par cxrscreen monitor (site_operating_point.json).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/sign_in.py" line="68"/>
        <source>CXR Screen — sign in</source>
        <translation>CXR Screen — connexion</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="72"/>
        <source>Protect the saved cases</source>
        <translation>Protéger les cas enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="73"/>
        <source>The cases on this laptop were saved by an older version and are not protected. Create the administrator account: the cases are then encrypted, and every person signs in with their own account. No case is lost.</source>
        <translation>Les cas de cet ordinateur ont été enregistrés par une version plus ancienne et ne sont pas protégés. Créez le compte administrateur : les cas seront alors chiffrés, et chaque personne se connectera avec son propre compte. Aucun cas n’est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="77"/>
        <source>Set up CXR Screen</source>
        <translation>Configurer CXR Screen</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="78"/>
        <source>Create the administrator account. The administrator then adds an account for each health worker and clinician.</source>
        <translation>Créez le compte administrateur. L’administrateur ajoute ensuite un compte pour chaque agent de santé et chaque clinicien.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="81"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="81"/>
        <source>Enter your name and password or PIN.</source>
        <translation>Saisissez votre nom et votre mot de passe ou code PIN.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="87"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="88"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="92"/>
        <source>Password &amp;again</source>
        <translation>Mot de passe, &amp;encore</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="93"/>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="93"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="102"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="128"/>
        <source>Protecting the saved cases… %1 files done.</source>
        <translation>Protection des cas enregistrés… %1 fichiers traités.</translation>
    </message>
</context>
<context>
    <name>SitePoint</name>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="40"/>
        <source>set by the site&apos;s IT</source>
        <translation>fixé par l’informatique du site</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="42"/>
        <source>from {cases} reviewed cases</source>
        <translation>à partir de {cases} cas relus</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="45"/>
        <source>for a target sensitivity of {percent}%</source>
        <translation>pour une sensibilité visée de {percent} %</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="49"/>
        <source>on {date}</source>
        <translation>le {date}</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="92"/>
        <source>The model&apos;s default is used meanwhile.</source>
        <translation>En attendant, le point par défaut du modèle est utilisé.</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="97"/>
        <source>The site&apos;s operating point (threshold {threshold}) was chosen for model {version} (sha256 {sha}), but this laptop has model {model} (sha256 {model_sha}). It is not used: results use the model&apos;s own default point until IT chooses a new site point for this model (cxrscreen monitor).</source>
        <translation>Le point de fonctionnement du site (seuil {threshold}) a été choisi pour le modèle {version} (sha256 {sha}), mais cet ordinateur a le modèle {model} (sha256 {model_sha}). Il n’est pas utilisé : les résultats utilisent le point par défaut du modèle jusqu’à ce que l’informatique du site choisisse un nouveau point pour ce modèle (cxrscreen monitor).</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="104"/>
        <source>Site operating point in use: threshold {threshold}, {provenance}.</source>
        <translation>Point de fonctionnement du site utilisé : seuil {threshold}, {provenance}.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../ui/status.py" line="29"/>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="55"/>
        <source>Server: not set up</source>
        <translation>Serveur : non configuré</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="57"/>
        <source>Server: checking…</source>
        <translation>Serveur : vérification…</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="59"/>
        <source>Server: reachable</source>
        <translation>Serveur : joignable</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="61"/>
        <source>Server: not reachable</source>
        <translation>Serveur : injoignable</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="71"/>
        <source>health worker</source>
        <translation>agent de santé</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="71"/>
        <source>clinician</source>
        <translation>clinicien</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="72"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="73"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="75"/>
        <source>Signed in: %1. Everything you do is recorded under this name.</source>
        <translation>Connecté : %1. Tout ce que vous faites est enregistré sous ce nom.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/status.py" line="80"/>
        <source>%n case(s) waiting to be sent</source>
        <translation>
            <numerusform>%n cas en attente d’envoi</numerusform>
            <numerusform>%n cas en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="84"/>
        <source>Last sync: never</source>
        <translation>Dernier envoi : jamais</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="88"/>
        <source>Last sync: %1</source>
        <translation>Dernier envoi : %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/errors.py" line="103"/>
        <source>This X-ray is already stored as case {case} (from {file}); it was not added again.</source>
        <translation>Cette radiographie est déjà enregistrée comme cas {case} (depuis {file}) ; elle n’a pas été ajoutée une deuxième fois.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="153"/>
        <source>Case {case} is damaged ({what}) and was set aside: it is not shown or sent as it is. Every other case is safe and goes on. Ask your IT officer to run `cxrscreen doctor`, and to restore the data folder from a backup if needed.</source>
        <translation>Le cas {case} est endommagé ({what}) et a été mis de côté : il n’est ni affiché ni envoyé tel quel. Tous les autres cas sont intacts et continuent. Demandez au responsable informatique de lancer `cxrscreen doctor` et, si besoin, de restaurer le dossier des données depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="32"/>
        <source>This account&apos;s entry in the case database is damaged, so it cannot sign in. Ask your IT officer: another account, or the recovery key, can still open the data folder.</source>
        <translation>L’entrée de ce compte dans la base des cas est endommagée : il ne peut donc pas se connecter. Demandez au responsable informatique : un autre compte, ou la clé de récupération, peut encore ouvrir le dossier des données.</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="37"/>
        <source>This account belongs to another data folder.</source>
        <translation>Ce compte appartient à un autre dossier des données.</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="58"/>
        <source>add accounts</source>
        <translation>ajouter des comptes</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="73"/>
        <source>disable accounts</source>
        <translation>désactiver des comptes</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="81"/>
        <source>reset passwords</source>
        <translation>réinitialiser des mots de passe</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="59"/>
        <source>a health worker</source>
        <translation>un agent de santé</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="60"/>
        <source>a clinician</source>
        <translation>un clinicien</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="61"/>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="68"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="70"/>
        <source>Only {who} can {action}. You are signed in as {name} ({role}); ask {who} to do it.</source>
        <translation>Seul {who} peut {action}. Vous êtes connecté(e) comme {name} ({role}) ; demandez à {who} de le faire.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="78"/>
        <source>A password or PIN needs at least {count} characters.</source>
        <translation>Un mot de passe ou un code PIN doit avoir au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="86"/>
        <source>An account name needs 1 to 64 characters, on one line.</source>
        <translation>Un nom de compte doit avoir de 1 à 64 caractères, sur une seule ligne.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="96"/>
        <source>An account named {name} already exists.</source>
        <translation>Un compte nommé {name} existe déjà.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="116"/>
        <source>The name or the password is not right. Check both and try again (capital letters count).</source>
        <translation>Le nom ou le mot de passe n’est pas correct. Vérifiez les deux et réessayez (les majuscules comptent).</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="126"/>
        <source>The account {name} is disabled. Ask your administrator.</source>
        <translation>Le compte {name} est désactivé. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="133"/>
        <source>Too many wrong passwords for {name}. Wait {count} seconds and try again, or ask your administrator to reset the password.</source>
        <translation>Trop de mots de passe erronés pour {name}. Attendez {count} secondes et réessayez, ou demandez à votre administrateur de réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="137"/>
        <source>Too many wrong passwords for {name}. Wait {count} minutes and try again, or ask your administrator to reset the password.</source>
        <translation>Trop de mots de passe erronés pour {name}. Attendez {count} minutes et réessayez, ou demandez à votre administrateur de réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="152"/>
        <source>Signing in is not possible right now: the data folder cannot be written (the disk may be full), so wrong passwords could not be counted. Cases already stored are safe. Free some space on the disk (or ask your IT officer), then sign in again.</source>
        <translation>La connexion n’est pas possible pour le moment : le dossier des données ne peut pas être écrit (le disque est peut-être plein), donc les mots de passe erronés ne pourraient pas être comptés. Les cas déjà enregistrés sont intacts. Libérez de l’espace sur le disque (ou adressez-vous au responsable informatique), puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="181"/>
        <source>The account {name} was changed outside the application (its role or state does not match what was stored), so it cannot sign in. Ask your administrator to disable it and give it a new password, or to add a new account; tell your IT officer that the data folder was edited.</source>
        <translation>Le compte {name} a été modifié en dehors de l&apos;application (son rôle ou son état ne correspond pas à ce qui a été enregistré) : il ne peut pas se connecter. Demandez à votre administrateur de le désactiver et de lui donner un nouveau mot de passe, ou d&apos;ajouter un nouveau compte ; signalez au responsable informatique que le dossier des données a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="223"/>
        <source>This is the only administrator left; add another administrator before disabling it.</source>
        <translation>C’est le seul administrateur restant ; ajoutez un autre administrateur avant de le désactiver.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="247"/>
        <source>The account {name} was changed outside the application, so its password is not reset (that would keep the role written into the file). Disable it first (its role is then set to health worker), then reset its password.</source>
        <translation>Le compte {name} a été modifié en dehors de l&apos;application : son mot de passe n&apos;est pas réinitialisé (cela garderait le rôle écrit dans le fichier). Désactivez-le d&apos;abord (son rôle devient alors agent de santé), puis réinitialisez son mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="264"/>
        <source>There is no account named {name}. `cxrscreen users list` shows the accounts.</source>
        <translation>Il n’y a pas de compte nommé {name}. `cxrscreen users list` affiche les comptes.</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="71"/>
        <source>Sign in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="159"/>
        <source>patient details</source>
        <translation>les données du patient</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="171"/>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="191"/>
        <source>record a review</source>
        <translation>enregistrer une relecture</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="196"/>
        <source>Case {case} was not screened: there is no result to agree or disagree with. Record your reading of the X-ray in the hospital&apos;s system.</source>
        <translation>Le cas {case} n&apos;a pas été analysé : il n&apos;y a aucun résultat avec lequel être d&apos;accord ou pas d&apos;accord. Enregistrez votre lecture de la radiographie dans le système de l&apos;hôpital.</translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="127"/>
        <source>No case {case} is stored here (several cases start with it; type more of the id).</source>
        <translation>Aucun cas {case} n’est enregistré ici (plusieurs cas commencent ainsi ; tapez davantage de l’identifiant).</translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="129"/>
        <source>No case {case} is stored here.</source>
        <translation>Aucun cas {case} n’est enregistré ici.</translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="144"/>
        <source>Case {case} was sent and then cleared from this laptop (the site keeps cases only for a set time after the hospital confirms them). Its image and report are on the hospital&apos;s server.</source>
        <translation>Le cas {case} a été envoyé puis effacé de cet ordinateur (le site ne garde les cas que pendant une durée fixée après leur confirmation par l’hôpital). Son image et son rapport sont sur le serveur de l’hôpital.</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="91"/>
        <source>Sex must be M, F or O (other), or left empty.</source>
        <translation>Le sexe doit être M, F ou O (autre), ou rester vide.</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="224"/>
        <source>screened</source>
        <translation>analysé</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="225"/>
        <source>finalised</source>
        <translation>finalisé</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="226"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="235"/>
        <source>Case {case} is already {state}; it cannot become {target} (a case only moves forward: screened, finalised, sent).</source>
        <translation>Le cas {case} est déjà {state} ; il ne peut pas devenir {target} (un cas ne fait qu’avancer : analysé, finalisé, envoyé).</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="244"/>
        <source>The {what} of case {case} can no longer be changed: the case is {state} and its data is queued for (or already at) the hospital. Add a note in a clinician review instead.</source>
        <translation>Pour le cas {case}, il n’est plus possible de modifier {what} : le cas est {state} et ses données sont en attente d’envoi à l’hôpital (ou y sont déjà). Ajoutez plutôt une note dans une relecture du clinicien.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="31"/>
        <source>The disk is full, so nothing new could be saved in {where}. Cases already stored are safe. Free some space (empty the recycle bin, remove other files), then try again.</source>
        <translation>Le disque est plein : rien de nouveau n’a pu être enregistré dans {where}. Les cas déjà enregistrés sont intacts. Libérez de l’espace (videz la corbeille, supprimez d’autres fichiers), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="38"/>
        <source>The data folder {where} cannot be written to (it is read-only or belongs to another user). Cases already stored are safe. Ask your IT officer to fix the folder&apos;s permissions, or start the application with another data folder.</source>
        <translation>Le dossier des données {where} ne peut pas être écrit (il est en lecture seule ou appartient à un autre utilisateur). Les cas déjà enregistrés sont intacts. Demandez au responsable informatique de corriger les droits du dossier, ou démarrez l’application avec un autre dossier des données.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="51"/>
        <source>The data folder {where} could not be used ({reason}). Cases already stored are safe. Check the disk, then try again.</source>
        <translation>Le dossier des données {where} n’a pas pu être utilisé ({reason}). Les cas déjà enregistrés sont intacts. Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="142"/>
        <source>A stored file is missing from {folder} ({file}). The data folder was changed outside the application; restore it from a backup.</source>
        <translation>Un fichier enregistré manque dans {folder} ({file}). Le dossier des données a été modifié en dehors de l’application ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="153"/>
        <source>A stored file is damaged ({file}): its content no longer matches its checksum. Restore the data folder from a backup.</source>
        <translation>Un fichier enregistré est endommagé ({file}) : son contenu ne correspond plus à sa somme de contrôle. Restaurez le dossier des données depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="214"/>
        <source>The case database is busy: another CXR Screen window or program is using it. Close the other one, wait a moment, and try again. Nothing was changed.</source>
        <translation>La base des cas est occupée : une autre fenêtre de CXR Screen ou un autre programme l’utilise. Fermez l’autre, attendez un instant et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="226"/>
        <source>The case database could not be used ({reason}). Nothing was changed.</source>
        <translation>La base des cas n’a pas pu être utilisée ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="237"/>
        <source>A value in the case database is not readable text: the database was changed outside the application or is damaged. Ask your IT officer to run `cxrscreen doctor`.</source>
        <translation>Une valeur de la base des cas n’est pas un texte lisible : la base a été modifiée en dehors de l’application ou est endommagée. Demandez au responsable informatique de lancer `cxrscreen doctor`.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="244"/>
        <source>The case database in {folder} is damaged. Do not delete anything; ask your IT officer to restore it from a backup.</source>
        <translation>La base des cas dans {folder} est endommagée. Ne supprimez rien ; demandez au responsable informatique de la restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="64"/>
        <source>This recovery key does not open this data folder. Check it letter by letter.</source>
        <translation>Cette clé de récupération n’ouvre pas ce dossier des données. Vérifiez-la lettre par lettre.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="94"/>
        <source>The data folder {folder} is already set up; nothing was changed. Sign in, or choose another folder.</source>
        <translation>Le dossier des données {folder} est déjà configuré ; rien n’a été modifié. Connectez-vous, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="104"/>
        <source>Another program set up this data folder at the same time; nothing was changed.</source>
        <translation>Un autre programme a configuré ce dossier des données au même moment ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="131"/>
        <source>The data folder {folder} does not need an upgrade.</source>
        <translation>Le dossier des données {folder} n’a pas besoin de mise à niveau.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="143"/>
        <source>The data folder {folder} is not set up yet. Start the application to create the administrator, or run `cxrscreen init --admin NAME`.</source>
        <translation>Le dossier des données {folder} n’est pas encore configuré. Démarrez l’application pour créer l’administrateur, ou lancez `cxrscreen init --admin NAME`.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="148"/>
        <location filename="../core/store/schema.py" line="154"/>
        <source>The cases in this data folder were saved by an older version of CXR Screen and are not protected yet. An administrator must start the application (or run `cxrscreen init --admin NAME`) once to protect them; no case is lost.</source>
        <translation>Les cas de ce dossier des données ont été enregistrés par une ancienne version de CXR Screen et ne sont pas encore protégés. Un administrateur doit démarrer l’application (ou lancer `cxrscreen init --admin NAME`) une fois pour les protéger ; aucun cas n’est perdu.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="229"/>
        <source>accept an older database</source>
        <translation>accepter une base plus ancienne</translation>
    </message>
    <message>
        <location filename="../core/store/outbox.py" line="68"/>
        <source>The list of what is left to send is damaged. Nothing was sent or changed. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation>La liste de ce qui reste à envoyer est endommagée. Rien n’a été envoyé ni modifié. Demandez au responsable informatique de lancer `cxrscreen doctor` et de restaurer le dossier des données depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/store/quarantine.py" line="85"/>
        <source>The case database in {folder} is older than the files beside it: it holds {have} cases, but this folder had {had}. It may be a restored backup, or a copy whose cases.sqlite3-wal file was lost. Nothing was changed or deleted. Put back the newer cases.sqlite3 together with its -wal file, or restore the whole folder from one backup. If this older database is really the one to keep, an administrator runs `cxrscreen doctor --accept-older-database` (the files of the newer cases are kept in the quarantine folder).</source>
        <translation>La base des cas dans {folder} est plus ancienne que les fichiers à côté d’elle : elle contient {have} cas, mais ce dossier en avait {had}. C’est peut-être une sauvegarde restaurée, ou une copie dont le fichier cases.sqlite3-wal a été perdu. Rien n’a été modifié ni supprimé. Remettez le cases.sqlite3 plus récent avec son fichier -wal, ou restaurez tout le dossier depuis une même sauvegarde. Si cette base plus ancienne est vraiment celle à garder, un administrateur lance `cxrscreen doctor --accept-older-database` (les fichiers des cas plus récents sont gardés dans le dossier quarantine).</translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="18"/>
        <source>health worker</source>
        <translation>agent de santé</translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="19"/>
        <source>clinician</source>
        <translation>clinicien</translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="20"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../core/store/schema.py" line="146"/>
        <source>These cases were saved by a newer version of CXR Screen. Install that version (or newer) to open them; nothing was changed.</source>
        <translation>Ces cas ont été enregistrés par une version plus récente de CXR Screen. Installez cette version (ou une plus récente) pour les ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/schema.py" line="183"/>
        <source>A value of case {case} cannot be read: it was changed outside the application, or copied from another data folder. Ask your IT officer to restore the data folder from a backup.</source>
        <translation>Une valeur du cas {case} ne peut pas être lue : elle a été modifiée en dehors de l’application, ou copiée depuis un autre dossier des données. Demandez au responsable informatique de restaurer le dossier des données depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/store/upgrade.py" line="80"/>
        <source>The case database is in use by another CXR Screen window or program. Close it and try again; nothing was changed.</source>
        <translation>La base des cas est utilisée par une autre fenêtre de CXR Screen ou un autre programme. Fermez-le et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/upgrade.py" line="89"/>
        <source>The old case database is still being changed by another program. Close every CXR Screen window and try again; nothing was changed.</source>
        <translation>L’ancienne base des cas est encore modifiée par un autre programme. Fermez toutes les fenêtres de CXR Screen et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="40"/>
        <source>its {what} was changed outside the application: it does not match its tag</source>
        <translation>{what} a été modifié en dehors de l&apos;application : ne correspond pas à son étiquette d&apos;authenticité</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="42"/>
        <source>row</source>
        <translation>ligne enregistrée</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="43"/>
        <source>result or record</source>
        <translation>résultat ou dossier</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="44"/>
        <location filename="../core/store/integrity.py" line="116"/>
        <source>review</source>
        <translation>relecture</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="45"/>
        <source>list of what to send</source>
        <translation>liste de ce qui est à envoyer</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="46"/>
        <location filename="../core/store/integrity.py" line="118"/>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="94"/>
        <source>A stored {what} ({key}) was changed outside the application (it has no tag), so it is not used as it is. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation>Une donnée enregistrée ({what}, {key}) a été modifiée en dehors de l&apos;application (elle n&apos;a pas d&apos;étiquette d&apos;authenticité) : elle n&apos;est pas utilisée telle quelle. Demandez au responsable informatique de lancer `cxrscreen doctor` et de restaurer le dossier des données depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="98"/>
        <source>A stored {what} ({key}) was changed outside the application (it does not match its tag), so it is not used as it is. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation>Une donnée enregistrée ({what}, {key}) a été modifiée en dehors de l&apos;application (elle ne correspond pas à son étiquette d&apos;authenticité) : elle n&apos;est pas utilisée telle quelle. Demandez au responsable informatique de lancer `cxrscreen doctor` et de restaurer le dossier des données depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="115"/>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="117"/>
        <source>item to send</source>
        <translation>élément à envoyer</translation>
    </message>
    <message>
        <location filename="../core/store/not_screened_methods.py" line="43"/>
        <source>This film cannot be sent for a clinician&apos;s reading: it is not known to be a chest X-ray (it was refused as {refusal}). Take or export a chest X-ray.</source>
        <translation>Cette radiographie ne peut pas être envoyée à la lecture d&apos;un clinicien : rien n&apos;indique que ce soit une radiographie thoracique (elle a été refusée : {refusal}). Faites ou exportez une radiographie thoracique.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../core/sync/dicomweb.py" line="36"/>
        <source>No hospital server is set. Enter the server address (DICOMweb URL), user and password in the settings, or ask your IT officer for the site configuration.</source>
        <translation>Aucun serveur de l’hôpital n’est configuré. Saisissez l’adresse du serveur (URL DICOMweb), l’utilisateur et le mot de passe dans les Réglages, ou demandez la configuration du site au responsable informatique.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="75"/>
        <source>The server refused the case (HTTP {status}): {reason}. Ask your IT officer to check the server&apos;s log; the case stays queued.</source>
        <translation>Le serveur a refusé le cas (HTTP {status}) : {reason}. Demandez au responsable informatique de vérifier le journal du serveur ; le cas reste en attente d’envoi.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="81"/>
        <source>The server gave an answer a DICOMweb server does not give (HTTP {status}). Nothing was marked as sent; ask your IT officer to check the server address.</source>
        <translation>Le serveur a donné une réponse qu’un serveur DICOMweb ne donne pas (HTTP {status}). Rien n’a été marqué comme envoyé ; demandez au responsable informatique de vérifier l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="127"/>
        <source>The server could not search (HTTP {status}).</source>
        <translation>Le serveur n’a pas pu faire la recherche (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="133"/>
        <source>The server&apos;s search answer was cut off or unreadable; try again.</source>
        <translation>La réponse du serveur à la recherche a été coupée ou est illisible ; réessayez.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="145"/>
        <source>The server&apos;s answer was cut off or unreadable; try again.</source>
        <translation>La réponse du serveur a été coupée ou est illisible ; réessayez.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="164"/>
        <source>The server no longer holds instance {sop}.</source>
        <translation>Le serveur ne détient plus l’instance {sop}.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="167"/>
        <source>The server could not {verb} instance {sop} (HTTP {status}).</source>
        <translation>Le serveur n’a pas pu traiter l’instance {sop} ({verb}, HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="177"/>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The server may be an impostor, or its certificate changed or expired. Ask your IT officer for the right CA certificate file. ({reason})</source>
        <translation>Le certificat du serveur n’a pas été accepté, donc rien n’a été envoyé. Le serveur est peut-être un imposteur, ou son certificat a changé ou expiré. Demandez au responsable informatique le bon fichier de certificat de l’autorité (CA). ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="183"/>
        <source>The hospital&apos;s server cannot be reached right now (no network, or the server is down). Cases stay safely queued and are sent later. ({reason})</source>
        <translation>Le serveur de l’hôpital est injoignable pour le moment (pas de réseau, ou le serveur est arrêté). Les cas restent en attente en toute sécurité et seront envoyés plus tard. ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="188"/>
        <source>Sending failed ({reason}); it will be retried.</source>
        <translation>L’envoi a échoué ({reason}) ; il sera retenté.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="192"/>
        <source>The server refused the user name or password (HTTP {status}). Check them in the settings; sending is paused until they are corrected.</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe (HTTP {status}). Vérifiez-les dans les Réglages ; l’envoi est suspendu jusqu’à leur correction.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="197"/>
        <source>The hospital&apos;s server is having trouble (HTTP {status}). Cases stay safely queued and are sent later.</source>
        <translation>Le serveur de l’hôpital a un problème (HTTP {status}). Les cas restent en attente en toute sécurité et seront envoyés plus tard.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="209"/>
        <source>The server&apos;s answer was cut off; try again.</source>
        <translation>La réponse du serveur a été coupée ; réessayez.</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="102"/>
        <source>Sending is already in progress.</source>
        <translation>Un envoi est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="115"/>
        <source>The hospital&apos;s server cannot be reached right now (no network, or the server is down). Cases stay safely queued and are sent later.</source>
        <translation>Le serveur de l’hôpital est injoignable pour le moment (pas de réseau, ou le serveur est arrêté). Les cas restent en attente en toute sécurité et seront envoyés plus tard.</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="161"/>
        <source>The server did not store part of it ({reasons}).</source>
        <translation>Le serveur n’en a pas enregistré une partie ({reasons}).</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="168"/>
        <source>The server did not confirm that it stored case {case} ({unconfirmed} of its {items} item(s) are neither listed in its answer nor found on it), so they stay queued. If this Wi-Fi has a sign-in page, sign in, then sync again; if it happens again, ask your IT officer to check the server address.</source>
        <translation>Le serveur n’a pas confirmé avoir enregistré le cas {case} ({unconfirmed} de ses {items} élément(s) ne figurent pas dans sa réponse et ne s’y trouvent pas) : ils restent donc en attente. Si ce Wi-Fi a une page de connexion, connectez-vous puis envoyez à nouveau ; si cela se reproduit, demandez au responsable informatique de vérifier l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../core/sync/server_policy.py" line="39"/>
        <source>The server address {url} does not use https://, so the password and the cases would travel readable by anyone on the network. Nothing was sent. Use the https:// address of the hospital&apos;s server; on a closed network, your IT officer can allow http:// in the site configuration file (allow_plain_http).</source>
        <translation>L’adresse du serveur {url} n’utilise pas https:// : le mot de passe et les cas circuleraient lisibles par n’importe qui sur le réseau. Rien n’a été envoyé. Utilisez l’adresse https:// du serveur de l’hôpital ; sur un réseau fermé, le responsable informatique peut autoriser http:// dans le fichier de configuration du site (allow_plain_http).</translation>
    </message>
    <message>
        <location filename="../core/sync/stow_answer.py" line="23"/>
        <source>The network answered with a web page, not the hospital&apos;s server. Sign in to the Wi-Fi, then sync again. Nothing was marked as sent; the cases stay queued.</source>
        <translation>Le réseau a répondu par une page web, pas par le serveur de l’hôpital. Connectez-vous au Wi-Fi, puis envoyez à nouveau. Rien n’a été marqué comme envoyé ; les cas restent en attente.</translation>
    </message>
    <message>
        <location filename="../core/sync/stow_answer.py" line="42"/>
        <source>The network sent the request elsewhere (HTTP {status} redirect{where}), so it did not reach the hospital&apos;s server. If this Wi-Fi has a sign-in page, sign in, then sync again; otherwise ask your IT officer to check the server address. Nothing was marked as sent; the cases stay queued.</source>
        <translation>Le réseau a envoyé la demande ailleurs (redirection HTTP {status}{where}) : elle n’a donc pas atteint le serveur de l’hôpital. Si ce Wi-Fi a une page de connexion, connectez-vous puis envoyez à nouveau ; sinon demandez au responsable informatique de vérifier l’adresse du serveur. Rien n’a été marqué comme envoyé ; les cas restent en attente.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../ui/sync_words.py" line="14"/>
        <source>Server: password refused</source>
        <translation>Serveur : mot de passe refusé</translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="16"/>
        <source>Server: certificate refused</source>
        <translation>Serveur : certificat refusé</translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="25"/>
        <source>All cases are already on the server.</source>
        <translation>Tous les cas sont déjà sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="26"/>
        <source>%n case(s) sent. All cases are on the server.</source>
        <translation>
            <numerusform>%n cas envoyé. Tous les cas sont sur le serveur.</numerusform>
            <numerusform>%n cas envoyés. Tous les cas sont sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="27"/>
        <source>%n case(s) sent.</source>
        <translation>
            <numerusform>%n cas envoyé.</numerusform>
            <numerusform>%n cas envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="27"/>
        <source>No case was sent.</source>
        <translation>Aucun cas n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="28"/>
        <source>%n case(s) still waiting to be sent.</source>
        <translation>
            <numerusform>%n cas attend encore d&apos;être envoyé.</numerusform>
            <numerusform>%n cas attendent encore d&apos;être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="30"/>
        <source>Sending was stopped.</source>
        <translation>L&apos;envoi a été arrêté.</translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="34"/>
        <source>Case %1: %2</source>
        <translation>Cas %1 : %2</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/viewer.py" line="102"/>
        <source>&amp;Heatmap</source>
        <translation>&amp;Carte de chaleur</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="104"/>
        <source>Show where the model looked (H)</source>
        <translation>Montrer où le modèle a regardé (H)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="108"/>
        <location filename="../ui/viewer.py" line="109"/>
        <source>Heatmap opacity</source>
        <translation>Opacité de la carte de chaleur</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="113"/>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="114"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="116"/>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="117"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="118"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="119"/>
        <source>Show the whole image (0)</source>
        <translation>Afficher toute l’image (0)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="120"/>
        <source>Reset window</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="121"/>
        <source>Right-drag on the image changes the window (left/right: width, up/down: level). W resets it.</source>
        <translation>Glisser avec le bouton droit sur l’image change le fenêtrage (gauche/droite : largeur, haut/bas : niveau). W le rétablit.</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="137"/>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="175"/>
        <source>Import an X-ray (Ctrl+O) or choose a case in the list.</source>
        <translation>Importez une radiographie (Ctrl+O) ou choisissez un cas dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="257"/>
        <source>Window: original</source>
        <translation>Fenêtrage : d’origine</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="260"/>
        <source>L %1 / W %2</source>
        <translation>N %1 / L %2</translation>
    </message>
</context>
</TS>
