<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_MZ">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="22"/>
        <source>Health worker</source>
        <translation>Agente de saúde</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="23"/>
        <source>Clinician</source>
        <translation>Clínico</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="24"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="88"/>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="92"/>
        <source>Your password (%1)</source>
        <translation>A sua palavra-passe (%1)</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="96"/>
        <source>&amp;Current password</source>
        <translation>Palavra-passe a&amp;tual</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="97"/>
        <source>&amp;New password or PIN</source>
        <translation>&amp;Nova palavra-passe ou PIN</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="98"/>
        <source>New password &amp;again</source>
        <translation>Nova palavra-passe, &amp;outra vez</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="99"/>
        <source>Change my password</source>
        <translation>Mudar a minha palavra-passe</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="105"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="106"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="107"/>
        <source>&amp;Set a new password…</source>
        <translation>Definir uma nova &amp;palavra-passe…</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="117"/>
        <source>Accounts on this laptop (administrators only)</source>
        <translation>Contas neste computador (só administradores)</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="119"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="119"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="120"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="145"/>
        <source>disabled</source>
        <translation>desativada</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="145"/>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="147"/>
        <source>damaged: cannot sign in (disable it, then reset its password)</source>
        <translation>danificada: não pode iniciar sessão (desative-a e depois redefina a palavra-passe)</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="179"/>
        <source>The two new passwords are not the same.</source>
        <translation>As duas novas palavras-passe não são iguais.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="185"/>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>A sua palavra-passe foi mudada. Use a nova a partir de agora.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="188"/>
        <source>Add an account</source>
        <translation>Adicionar uma conta</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="189"/>
        <source>The person signs in with this name and password. Give the password to them in private; they can change it under Accounts.</source>
        <translation>A pessoa inicia sessão com este nome e esta palavra-passe. Dê-lhe a palavra-passe em privado; ela pode mudá-la em Contas.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="196"/>
        <source>Account %1 added.</source>
        <translation>Conta %1 adicionada.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="201"/>
        <location filename="../ui/accounts_dialog.py" line="210"/>
        <source>Choose an account in the list first.</source>
        <translation>Escolha primeiro uma conta na lista.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="204"/>
        <source>Account %1 is disabled: it can no longer sign in. Set a new password to enable it again.</source>
        <translation>A conta %1 está desativada: já não pode iniciar sessão. Defina uma nova palavra-passe para a ativar de novo.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="212"/>
        <source>New password for %1</source>
        <translation>Nova palavra-passe para %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="213"/>
        <source>The old password stops working at once. A disabled account is enabled again.</source>
        <translation>A palavra-passe antiga deixa de funcionar imediatamente. Uma conta desativada é ativada de novo.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="218"/>
        <source>New password set for %1.</source>
        <translation>Nova palavra-passe definida para %1.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="199"/>
        <source>CXR Screen cannot start</source>
        <translation>O CXR Screen não consegue arrancar</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../ui/case_form.py" line="35"/>
        <source>Enter the patient ID (it links the X-ray to the child).</source>
        <translation>Introduza o ID do paciente (liga a radiografia à criança).</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="37"/>
        <source>The patient ID must be at most 64 characters, without \.</source>
        <translation>O ID do paciente deve ter no máximo 64 caracteres, sem \.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="40"/>
        <source>The name must be at most 64 characters, without \.</source>
        <translation>O nome deve ter no máximo 64 caracteres, sem \.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="42"/>
        <source>Enter the child&apos;s age.</source>
        <translation>Introduza a idade da criança.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Not recorded</source>
        <translation>Não registado</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="57"/>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="58"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="58"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="62"/>
        <source>not entered</source>
        <translation>não introduzido</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>years</source>
        <translation>anos</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="65"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="66"/>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="72"/>
        <source>Notes (symptoms, what the family was told...)</source>
        <translation>Notas (sintomas, o que foi dito à família...)</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="86"/>
        <source>&amp;Finalise (Ctrl+Enter)</source>
        <translation>&amp;Finalizar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="88"/>
        <source>Freeze the case and queue it to be sent to the hospital</source>
        <translation>Fixar o caso e pô-lo na fila para ser enviado ao hospital</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="95"/>
        <source>Patient &amp;ID</source>
        <translation>&amp;ID do paciente</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="96"/>
        <source>&amp;Name</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="97"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="98"/>
        <source>&amp;Age</source>
        <translation>Ida&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="115"/>
        <source>Health worker&apos;s notes</source>
        <translation>Notas do agente de saúde</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="153"/>
        <source>From the DICOM file %1: check the details.</source>
        <translation>Do ficheiro DICOM %1: verifique os dados.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="154"/>
        <source>From the image file %1: type the details.</source>
        <translation>Do ficheiro de imagem %1: escreva os dados.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="190"/>
        <source>The age is too large for the unit chosen.</source>
        <translation>A idade é demasiado grande para a unidade escolhida.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="208"/>
        <source>Not screened, not finalised yet: type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Não analisado, ainda não finalizado: escreva os dados da criança e depois Finalizar para o enviar para leitura por um clínico.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="212"/>
        <source>Not finalised yet: check the details, then Finalise.</source>
        <translation>Ainda não finalizado: verifique os dados e depois Finalizar.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="214"/>
        <source>Finalised: queued to be sent to the hospital. It can no longer be changed.</source>
        <translation>Finalizado: na fila para envio ao hospital. Já não pode ser alterado.</translation>
    </message>
    <message>
        <location filename="../ui/case_form.py" line="216"/>
        <source>Sent to the hospital. It can no longer be changed.</source>
        <translation>Enviado ao hospital. Já não pode ser alterado.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../ui/case_list.py" line="26"/>
        <source>Screened</source>
        <translation>Analisado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="26"/>
        <source>Finalised</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="27"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="28"/>
        <source>Sent and cleared</source>
        <translation>Enviado e apagado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="34"/>
        <location filename="../ui/case_list.py" line="78"/>
        <source>Refer</source>
        <translation>Referir</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="34"/>
        <location filename="../ui/case_list.py" line="79"/>
        <source>No signs</source>
        <translation>Sem sinais</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="45"/>
        <source>Today %1</source>
        <translation>Hoje %1</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="68"/>
        <source>Search patient ID or name (Ctrl+F)</source>
        <translation>Procurar ID ou nome do paciente (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="70"/>
        <source>Search</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="72"/>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="73"/>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="77"/>
        <source>Filter by result</source>
        <translation>Filtrar por resultado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="78"/>
        <source>All results</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="80"/>
        <source>Not screened</source>
        <translation>Não analisado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="83"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="84"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="84"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="85"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="83"/>
        <source>Patient ID</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="85"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="91"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="178"/>
        <source>Not finalised</source>
        <translation>Não finalizado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="179"/>
        <source>no ID yet</source>
        <translation>ainda sem ID</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_list.py" line="206"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../ui/confirm.py" line="26"/>
        <source>Finalise this case? It cannot be changed afterwards, and it will be sent to the hospital.</source>
        <translation>Finalizar este caso? Depois não poderá ser alterado, e será enviado ao hospital.</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="28"/>
        <source>Patient ID: %1</source>
        <translation>ID do paciente: %1</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="29"/>
        <source>Age: %1 · Sex: %2</source>
        <translation>Idade: %1 · Sexo: %2</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="31"/>
        <source>File: %1</source>
        <translation>Ficheiro: %1</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="32"/>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="45"/>
        <source>Finalise the case?</source>
        <translation>Finalizar o caso?</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="50"/>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../ui/confirm.py" line="51"/>
        <source>&amp;Go back</source>
        <translation>&amp;Voltar</translation>
    </message>
</context>
<context>
    <name>DamagedCasesBanner</name>
    <message>
        <location filename="../ui/damaged_banner.py" line="26"/>
        <source>Damaged cases</source>
        <translation>Casos danificados</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/damaged_banner.py" line="59"/>
        <source> and %n more</source>
        <translation>
            <numerusform> e mais %n</numerusform>
            <numerusform> e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/damaged_banner.py" line="61"/>
        <source>%n case(s) were set aside because they are damaged or were changed outside the application: %1. They are not shown or sent as they are; every other case is safe. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup if needed.</source>
        <translation>
            <numerusform>%n caso foi posto de lado porque está danificado ou foi alterado fora da aplicação: %1. Não é mostrado nem enviado tal como está; todos os outros casos estão seguros. Peça ao responsável de informática que execute `cxrscreen doctor` e, se for preciso, reponha a pasta de dados a partir de uma cópia de segurança.</numerusform>
            <numerusform>%n casos foram postos de lado porque estão danificados ou foram alterados fora da aplicação: %1. Não são mostrados nem enviados tal como estão; todos os outros casos estão seguros. Peça ao responsável de informática que execute `cxrscreen doctor` e, se for preciso, reponha a pasta de dados a partir de uma cópia de segurança.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Disclaimer</name>
    <message>
        <location filename="../ui/result_panel.py" line="20"/>
        <source>Screening aid, not a diagnosis. The result must be confirmed by a trained clinician; it is only for frontal chest X-rays of children.</source>
        <translation>Auxiliar de rastreio, não é um diagnóstico. O resultado tem de ser confirmado por um clínico treinado; serve apenas para radiografias do tórax de frente de crianças.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../ui/messages.py" line="105"/>
        <source>Import X-ray files</source>
        <translation>Importar ficheiros de radiografia</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="106"/>
        <source>Go to the case list (arrows choose a case)</source>
        <translation>Ir para a lista de casos (as setas escolhem um caso)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="107"/>
        <source>Lock the window now</source>
        <translation>Bloquear a janela agora</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="108"/>
        <source>Search for a patient</source>
        <translation>Procurar um paciente</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="109"/>
        <source>Case form / clinician review</source>
        <translation>Ficha do caso / revisão do clínico</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="110"/>
        <source>Save the case form</source>
        <translation>Guardar a ficha do caso</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="111"/>
        <source>Finalise the case (queue it for the hospital)</source>
        <translation>Finalizar o caso (pô-lo na fila para o hospital)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="112"/>
        <source>Print the report</source>
        <translation>Imprimir o relatório</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="113"/>
        <source>Save the report as PDF</source>
        <translation>Guardar o relatório em PDF</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="114"/>
        <source>Send finalised cases now</source>
        <translation>Enviar agora os casos finalizados</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="115"/>
        <source>Heatmap on or off</source>
        <translation>Mostrar ou ocultar o mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="116"/>
        <source>Zoom in / out / fit (on the image)</source>
        <translation>Ampliar / reduzir / ajustar (na imagem)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="117"/>
        <source>Reset the window (brightness and contrast)</source>
        <translation>Repor a janela (brilho e contraste)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>Stop the running import or sync</source>
        <translation>Parar a importação ou sincronização em curso</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="119"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="120"/>
        <source>Accounts: your password; administrators manage accounts</source>
        <translation>Contas: a sua palavra-passe; os administradores gerem as contas</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="122"/>
        <source>This help</source>
        <translation>Esta ajuda</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="129"/>
        <source>Signs of pneumonia — refer to a clinician (red)</source>
        <translation>Sinais de pneumonia — referir a um clínico (vermelho)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="130"/>
        <source>Send the child to the clinic today with the printed report (Ctrl+P). The clinician decides; the result is not a diagnosis.</source>
        <translation>Envie a criança à clínica hoje com o relatório impresso (Ctrl+P). O clínico decide; o resultado não é um diagnóstico.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="132"/>
        <source>No signs of pneumonia detected (green)</source>
        <translation>Nenhum sinal de pneumonia detetado (verde)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="133"/>
        <source>The X-ray showed no signs the model knows. It can be wrong: if the child is unwell (fast breathing, chest drawing in, high fever, not drinking), refer anyway.</source>
        <translation>A radiografia não mostrou sinais que o modelo conheça. Pode estar errado: se a criança estiver mal (respiração rápida, tiragem torácica, febre alta, não bebe), refira mesmo assim.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="135"/>
        <source>Outside the intended use (amber)</source>
        <translation>Fora da utilização prevista (âmbar)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="136"/>
        <source>The patient is 16 or older. The model is made for children; its score may be wrong. A clinician must read this X-ray.</source>
        <translation>O paciente tem 16 anos ou mais. O modelo foi feito para crianças; a sua pontuação pode estar errada. Um clínico tem de ler esta radiografia.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="138"/>
        <source>… cannot be screened</source>
        <translation>… não pode ser analisado</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="139"/>
        <source>The message says why and what to do: for example, take or choose a frontal chest X-ray, or export the image again. Nothing was stored.</source>
        <translation>A mensagem diz porquê e o que fazer: por exemplo, tirar ou escolher uma radiografia do tórax de frente, ou exportar a imagem de novo. Nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="141"/>
        <source>Finalise (Ctrl+Enter)</source>
        <translation>Finalizar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="142"/>
        <source>Check the patient ID and age first: a finalised case cannot be changed. It is sent to the hospital when the network is back.</source>
        <translation>Verifique primeiro o ID do paciente e a idade: um caso finalizado não pode ser alterado. É enviado ao hospital quando a rede voltar.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../ui/messages.py" line="157"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="161"/>
        <source>CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>O CXR Screen é um auxiliar de rastreio, não é um diagnóstico.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="163"/>
        <source>What the result means, and what to do</source>
        <translation>O que quer dizer o resultado, e o que fazer</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="164"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer.py" line="31"/>
        <source>X-ray image</source>
        <translation>Imagem de radiografia</translation>
    </message>
</context>
<context>
    <name>InputCheck</name>
    <message>
        <location filename="../core/screening/check_result.py" line="10"/>
        <source>The image was stored as a negative; it was inverted back before screening.</source>
        <translation>A imagem estava guardada em negativo; foi revertida antes da análise.</translation>
    </message>
    <message>
        <location filename="../core/screening/check_result.py" line="14"/>
        <source>The image was turned {angle} degrees; it was turned upright before screening.</source>
        <translation>A imagem estava rodada {angle} graus; foi endireitada antes da análise.</translation>
    </message>
</context>
<context>
    <name>IntendedUse</name>
    <message>
        <location filename="../core/screening/intended_use.py" line="60"/>
        <source>Outside the intended use: this patient is {age} years old. CXR Screen is made for children (under {limit}); its score was not checked on adults and may be wrong. A clinician must read this X-ray.</source>
        <translation>Fora da utilização prevista: este paciente tem {age} anos. O CXR Screen foi feito para crianças (menos de {limit} anos); a sua pontuação não foi verificada em adultos e pode estar errada. Um clínico tem de ler esta radiografia.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/language.py" line="166"/>
        <source>The system&apos;s language (%1)</source>
        <translation>A língua do sistema (%1)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/sign_in.py" line="150"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="151"/>
        <source>The cases are hidden. Sign in to go on (you, or another person with an account). Work in the background goes on.</source>
        <translation>Os casos estão ocultos. Inicie sessão para continuar (você, ou outra pessoa com conta). O trabalho em segundo plano continua.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="156"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="157"/>
        <source>&amp;Password</source>
        <translation>&amp;Palavra-passe</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="158"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="185"/>
        <source>What %1 typed in this case and did not save was cleared: it was not saved. The case shows what is stored.</source>
        <translation>O que %1 escreveu neste caso sem guardar foi apagado: não foi guardado. O caso mostra o que está guardado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/import_flow.py" line="26"/>
        <source>%1 is already stored (patient %2, file %3, imported %4); it was not added again.</source>
        <translation>%1 já está guardado (paciente %2, ficheiro %3, importado %4); não foi adicionado de novo.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="29"/>
        <source>no ID yet</source>
        <translation>ainda sem ID</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="54"/>
        <source>CXR Screen — chest X-ray screening aid</source>
        <translation>CXR Screen — auxiliar de rastreio em radiografia do tórax</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="74"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="75"/>
        <location filename="../ui/window_actions.py" line="63"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="76"/>
        <source>Patient details and notes (Ctrl+1)</source>
        <translation>Dados do paciente e notas (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="77"/>
        <source>Clinician review (Ctrl+2)</source>
        <translation>Revisão do clínico (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="32"/>
        <source>Import X-rays…</source>
        <translation>Importar radiografias…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="34"/>
        <source>Finalise</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="36"/>
        <source>Finalise the case and queue it for sending</source>
        <translation>Finalizar o caso e pô-lo na fila de envio</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="38"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="40"/>
        <source>Print report…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="42"/>
        <source>Save report as PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="45"/>
        <source>Sync now</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="46"/>
        <source>Send finalised cases to the hospital now</source>
        <translation>Enviar agora os casos finalizados ao hospital</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="48"/>
        <source>Settings…</source>
        <translation>Definições…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="50"/>
        <source>Accounts…</source>
        <translation>Contas…</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="52"/>
        <source>Change your password; administrators add and disable accounts</source>
        <translation>Mudar a sua palavra-passe; os administradores adicionam e desativam contas</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="55"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="57"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="59"/>
        <source>Search</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="61"/>
        <source>Case form</source>
        <translation>Ficha do caso</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="65"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/window_actions.py" line="66"/>
        <source>Main actions</source>
        <translation>Ações principais</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>Screening is not possible: %1</source>
        <translation>A análise não é possível: %1</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="31"/>
        <source>Loading the image…</source>
        <translation>A carregar a imagem…</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="101"/>
        <source>Finalised: the case is queued to be sent.</source>
        <translation>Finalizado: o caso está na fila para ser enviado.</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="103"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../ui/case_flow.py" line="110"/>
        <source>Review recorded.</source>
        <translation>Revisão registada.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="40"/>
        <source>Import X-rays</source>
        <translation>Importar radiografias</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="42"/>
        <source>X-ray images (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;All files (*)</source>
        <translation>Imagens de radiografia (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="60"/>
        <source>Importing</source>
        <translation>A importar</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="91"/>
        <source>From the watched folder:</source>
        <translation>Da pasta vigiada:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="93"/>
        <source>%n X-ray(s) screened.</source>
        <translation>
            <numerusform>%n radiografia analisada.</numerusform>
            <numerusform>%n radiografias analisadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="96"/>
        <source>The case on the screen is unchanged; the new case is in the list.</source>
        <translation>O caso no ecrã não mudou; o novo caso está na lista.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="100"/>
        <source>%1 cannot be screened: %2</source>
        <translation>%1 não pode ser analisado: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="104"/>
        <source>…and %n more file(s) could not be screened.</source>
        <translation>
            <numerusform>…e mais %n ficheiro não pôde ser analisado.</numerusform>
            <numerusform>…e mais %n ficheiros não puderam ser analisados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="107"/>
        <source>The child was not screened. If the child is unwell, refer to a clinician now; do not wait for a new X-ray.</source>
        <translation>A criança não foi analisada. Se a criança estiver mal, refira-a a um clínico agora; não espere por uma nova radiografia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_flow.py" line="113"/>
        <source>…and %n more file(s) were already stored.</source>
        <translation>
            <numerusform>…e mais %n ficheiro já estava guardado.</numerusform>
            <numerusform>…e mais %n ficheiros já estavam guardados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="117"/>
        <source>Import stopped: the remaining files were not imported.</source>
        <translation>Importação parada: os ficheiros restantes não foram importados.</translation>
    </message>
    <message>
        <location filename="../ui/import_flow.py" line="120"/>
        <source>No files to import.</source>
        <translation>Não há ficheiros para importar.</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="27"/>
        <source>Save report as PDF</source>
        <translation>Guardar o relatório em PDF</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="28"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="52"/>
        <source>Report saved: %1</source>
        <translation>Relatório guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/report_actions.py" line="81"/>
        <source>Report sent to the printer.</source>
        <translation>Relatório enviado para a impressora.</translation>
    </message>
    <message>
        <location filename="../ui/sync_flow.py" line="63"/>
        <source>No server is set up. Open Settings (Ctrl+,) and enter the server address.</source>
        <translation>Nenhum servidor está configurado. Abra as Definições (Ctrl+,) e introduza o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../ui/sync_flow.py" line="69"/>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>Settings saved.</source>
        <translation>Definições guardadas.</translation>
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
        <translation>Ocultar esta mensagem</translation>
    </message>
</context>
<context>
    <name>Modality</name>
    <message>
        <location filename="../core/xray/dicom.py" line="19"/>
        <source>a mammogram</source>
        <translation>uma mamografia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="20"/>
        <location filename="../core/xray/dicom.py" line="21"/>
        <source>a dental X-ray</source>
        <translation>uma radiografia dentária</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="26"/>
        <source>a CT scan</source>
        <translation>uma tomografia computorizada (TAC)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="27"/>
        <source>an MRI scan</source>
        <translation>uma ressonância magnética</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="28"/>
        <source>an ultrasound</source>
        <translation>uma ecografia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="29"/>
        <source>a nuclear medicine image</source>
        <translation>uma imagem de medicina nuclear</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="30"/>
        <source>a PET scan</source>
        <translation>uma PET (tomografia por emissão de positrões)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="31"/>
        <source>an angiography image</source>
        <translation>uma imagem de angiografia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="32"/>
        <source>a fluoroscopy image</source>
        <translation>uma imagem de fluoroscopia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="33"/>
        <source>an endoscopy image</source>
        <translation>uma imagem de endoscopia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="34"/>
        <source>an eye photograph</source>
        <translation>uma fotografia do olho</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="35"/>
        <source>a camera photograph</source>
        <translation>uma fotografia de câmara</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="36"/>
        <source>a microscope image</source>
        <translation>uma imagem de microscópio</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="37"/>
        <source>an eye scan (OCT)</source>
        <translation>um exame do olho (OCT)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="38"/>
        <source>a microscope slide image</source>
        <translation>uma imagem de lâmina de microscópio</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="39"/>
        <source>an ultrasound from inside a blood vessel</source>
        <translation>uma ecografia do interior de um vaso sanguíneo</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="41"/>
        <source>a radiotherapy dose file</source>
        <translation>um ficheiro de dose de radioterapia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="42"/>
        <source>a radiotherapy plan</source>
        <translation>um plano de radioterapia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="43"/>
        <source>a radiotherapy structure set (outlines)</source>
        <translation>um conjunto de estruturas de radioterapia (contornos)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="44"/>
        <source>a radiotherapy treatment record</source>
        <translation>um registo de tratamento de radioterapia</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="45"/>
        <source>a segmentation (outlines drawn over a scan)</source>
        <translation>uma segmentação (contornos desenhados sobre um exame)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="46"/>
        <source>a report (DICOM structured report)</source>
        <translation>um relatório (DICOM SR)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="47"/>
        <source>a document</source>
        <translation>um documento</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="48"/>
        <source>a note that marks key images</source>
        <translation>uma nota que assinala imagens-chave</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="49"/>
        <source>a display-settings file (presentation state)</source>
        <translation>um ficheiro de definições de visualização (presentation state)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="50"/>
        <source>an ECG (a heart tracing)</source>
        <translation>um ECG (traçado do coração)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="51"/>
        <source>a waveform recording</source>
        <translation>um registo de traçado (forma de onda)</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="52"/>
        <source>a sound recording</source>
        <translation>uma gravação de som</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="53"/>
        <source>an image registration file</source>
        <translation>um ficheiro de registo de imagens</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <location filename="../core/screening/input_check.py" line="132"/>
        <source>The input check&apos;s metadata.json in {folder} cannot be read ({reason}). Reinstall the application.</source>
        <translation>O ficheiro metadata.json da verificação da imagem em {folder} não pode ser lido ({reason}). Reinstale a aplicação.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="137"/>
        <source>The input check in {folder} is not usable: {problem}. Reinstall the application.</source>
        <translation>A verificação da imagem em {folder} não pode ser usada: {problem}. Reinstale a aplicação.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="146"/>
        <source>The input check&apos;s file {file} is missing. Reinstall the application.</source>
        <translation>Falta o ficheiro {file} da verificação da imagem. Reinstale a aplicação.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="150"/>
        <source>The input check&apos;s file {file} is damaged or was replaced (checksum). Reinstall the application.</source>
        <translation>O ficheiro {file} da verificação da imagem está danificado ou foi substituído (soma de verificação). Reinstale a aplicação.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="157"/>
        <location filename="../core/screening/input_check.py" line="165"/>
        <source>The input check&apos;s {file} cannot be read ({reason}). Reinstall the application.</source>
        <translation>O ficheiro {file} da verificação da imagem não pode ser lido ({reason}). Reinstale a aplicação.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="169"/>
        <location filename="../core/screening/input_check.py" line="183"/>
        <source>The input check</source>
        <translation>A verificação da imagem</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="174"/>
        <source>The input check&apos;s tensors do not match its metadata. Reinstall the application.</source>
        <translation>Os tensores da verificação da imagem não correspondem aos seus metadados. Reinstale a aplicação.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="184"/>
        <source>The input check&apos;s model file was replaced while it was in use (checksum). Reinstall the application.</source>
        <translation>O ficheiro do modelo da verificação da imagem foi substituído enquanto estava a ser usado (soma de verificação). Reinstale a aplicação.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="99"/>
        <source>No screening model was found in {folder}. Reinstall the application, or pass --model with the folder that holds model.tflite and metadata.json.</source>
        <translation>Não foi encontrado nenhum modelo de rastreio em {folder}. Reinstale a aplicação, ou indique --model com a pasta que contém model.tflite e metadata.json.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="127"/>
        <source>The model has no operating point {name}; it offers {offered}.</source>
        <translation>O modelo não tem o ponto de operação {name}; oferece {offered}.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="142"/>
        <source>The model folder {folder} has no metadata.json. Reinstall the application or the model.</source>
        <translation>A pasta do modelo {folder} não tem metadata.json. Reinstale a aplicação ou o modelo.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="146"/>
        <source>The model&apos;s metadata.json cannot be read ({reason}). Reinstall the application or the model.</source>
        <translation>O ficheiro metadata.json do modelo não pode ser lido ({reason}). Reinstale a aplicação ou o modelo.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="204"/>
        <source>The screening model cannot be used: {detail} Reinstall the application or the model.</source>
        <translation>O modelo de rastreio não pode ser usado: {detail} Reinstale a aplicação ou o modelo.</translation>
    </message>
    <message>
        <location filename="../core/screening/litert.py" line="218"/>
        <source>{what} cannot be loaded by LiteRT ({reason}). Reinstall the application or the model.</source>
        <translation>{what}: o LiteRT não o consegue carregar ({reason}). Reinstale a aplicação ou o modelo.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="35"/>
        <source>The input check model (edge_models/cxr-input-check) is missing, so no image can be checked before screening. Reinstall the application.</source>
        <translation>Falta o modelo da verificação da imagem (edge_models/cxr-input-check), por isso nenhuma imagem pode ser verificada antes da análise. Reinstale a aplicação.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="63"/>
        <source>The model file {file} is missing. Reinstall the model.</source>
        <translation>Falta o ficheiro do modelo {file}. Reinstale o modelo.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="67"/>
        <location filename="../core/screening/screener.py" line="86"/>
        <source>The model file</source>
        <translation>O ficheiro do modelo</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="68"/>
        <source>The model file is damaged or was replaced: its checksum does not match its metadata. Reinstall the application or the model.</source>
        <translation>O ficheiro do modelo está danificado ou foi substituído: a sua soma de verificação não corresponde aos metadados. Reinstale a aplicação ou o modelo.</translation>
    </message>
    <message>
        <location filename="../core/screening/screener.py" line="87"/>
        <source>The model file was replaced while it was in use: its checksum no longer matches its metadata. Reinstall the application or the model.</source>
        <translation>O ficheiro do modelo foi substituído enquanto estava a ser usado: a sua soma de verificação já não corresponde aos metadados. Reinstale a aplicação ou o modelo.</translation>
    </message>
</context>
<context>
    <name>NotScreened</name>
    <message>
        <location filename="../ui/not_screened.py" line="42"/>
        <source>NOT SCREENED</source>
        <translation>NÃO ANALISADO</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="66"/>
        <source>%1 may still show the chest: you can send it, NOT screened, for a clinician&apos;s reading.</source>
        <translation>%1 talvez mostre o tórax: pode enviá-lo, NÃO analisado, para leitura por um clínico.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="69"/>
        <source>Send for a &amp;clinician&apos;s reading</source>
        <translation>Enviar para leitura por um &amp;clínico</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="78"/>
        <source>Send without screening?</source>
        <translation>Enviar sem análise?</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="79"/>
        <source>CXR Screen did NOT screen this X-ray and gives no result for it. It will be stored as &quot;Not screened&quot; and, once you finalise it, sent to the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>O CXR Screen NÃO analisou esta radiografia e não dá nenhum resultado para ela. Será guardada como &quot;Não analisado&quot; e, depois de a finalizar, enviada ao hospital para um clínico a ler. O CXR Screen é um auxiliar de rastreio, não é um diagnóstico.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="88"/>
        <source>&amp;Send for reading</source>
        <translation>&amp;Enviar para leitura</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="90"/>
        <source>&amp;Go back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="124"/>
        <source>Stored as NOT SCREENED: it is in the list. Open it, type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Guardado como NÃO ANALISADO: está na lista. Abra-o, escreva os dados da criança e depois Finalizar para o enviar para leitura por um clínico.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="131"/>
        <source>Stored as NOT SCREENED. Type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Guardado como NÃO ANALISADO. Escreva os dados da criança e depois Finalizar para o enviar para leitura por um clínico.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="40"/>
        <source>NOT SCREENED: sent for a clinician&apos;s reading</source>
        <translation>NÃO ANALISADO: enviado para leitura por um clínico</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="42"/>
        <source>This X-ray was NOT screened: CXR Screen made no result and no score for it. It is sent to the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>Esta radiografia NÃO foi analisada: o CXR Screen não deu resultado nem pontuação para ela. É enviada ao hospital para um clínico a ler. O CXR Screen é um auxiliar de rastreio, não é um diagnóstico.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="46"/>
        <source>If the child is unwell, refer to a clinician now; do not wait for the reading.</source>
        <translation>Se a criança estiver mal, refira-a a um clínico agora; não espere pela leitura.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="49"/>
        <source>Why it was not screened: %1</source>
        <translation>Porque não foi analisada: %1</translation>
    </message>
</context>
<context>
    <name>OperatingPoint</name>
    <message>
        <location filename="../ui/plain_figures.py" line="18"/>
        <source>Screening</source>
        <translation>Rastreio</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="18"/>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="19"/>
        <source>Finds the most children</source>
        <translation>Encontra mais crianças</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="20"/>
        <source>Site (chosen by the site&apos;s IT)</source>
        <translation>Local (escolhido pela informática do local)</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="25"/>
        <source>on other hospitals&apos; X-rays: finds %1 of 100 children with pneumonia, and sends %2 of 100 children without it to the clinic</source>
        <translation>em radiografias de outros hospitais: encontra %1 de 100 crianças com pneumonia, e envia à clínica %2 de 100 crianças sem pneumonia</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="27"/>
        <source>on the test X-rays: finds %1 of 100 children with pneumonia, and sends %2 of 100 children without it to the clinic</source>
        <translation>nas radiografias de teste: encontra %1 de 100 crianças com pneumonia, e envia à clínica %2 de 100 crianças sem pneumonia</translation>
    </message>
    <message>
        <location filename="../ui/plain_figures.py" line="40"/>
        <source>%1 — the same as %2 with this model</source>
        <translation>%1 — o mesmo que %2 com este modelo</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/accounts_dialog.py" line="59"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="60"/>
        <source>&amp;Role</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="62"/>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Palavra-passe ou PIN</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="63"/>
        <source>Password &amp;again</source>
        <translation>Palavra-passe, &amp;outra vez</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="76"/>
        <source>The two passwords are not the same.</source>
        <translation>As duas palavras-passe não são iguais.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="26"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/qt_words.py" line="24"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="25"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do ficheiro:</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="26"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de ficheiros:</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="27"/>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="28"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="29"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="30"/>
        <source>&amp;Choose</source>
        <translation>&amp;Escolher</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="31"/>
        <source>All Files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="32"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="33"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="34"/>
        <source>Parent Directory</source>
        <translation>Pasta acima</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="35"/>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="36"/>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="37"/>
        <source>Detail View</source>
        <translation>Vista de detalhes</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="38"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova pasta</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="39"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="40"/>
        <source>&amp;Rename</source>
        <translation>&amp;Mudar o nome</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="41"/>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar ficheiros &amp;ocultos</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/qt_words.py" line="42"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="43"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="44"/>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="45"/>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../ui/qt_words.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="48"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="49"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="50"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="51"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="52"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="53"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="18"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="19"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="20"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="21"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location filename="../ui/qt_words.py" line="22"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/recovery_key.py" line="29"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="31"/>
        <source>Write down this recovery key and give it to your IT officer to keep locked away, apart from this laptop. It is shown only now. It opens the cases if every password is lost.</source>
        <translation>Escreva esta chave de recuperação e entregue-a ao responsável de informática, para a guardar fechada, longe deste computador. Só é mostrada agora. Abre os casos se todas as palavras-passe se perderem.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="45"/>
        <source>It has only the letters A to Z and the digits 2 to 7: there is no zero (0), no one (1) and no eight (8).</source>
        <translation>Tem só as letras A a Z e os algarismos 2 a 7: não há zero (0), nem um (1), nem oito (8).</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="48"/>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar num ficheiro…</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="49"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="54"/>
        <source>To check that it is written down, type its last group of four characters:</source>
        <translation>Para verificar que está escrita, escreva o seu último grupo de quatro caracteres:</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="60"/>
        <source>&amp;Done</source>
        <translation>&amp;Concluído</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="101"/>
        <source>CXR Screen recovery key</source>
        <translation>Chave de recuperação do CXR Screen</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="102"/>
        <source>Data folder: %1</source>
        <translation>Pasta dos dados: %1</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="103"/>
        <source>Made: %1</source>
        <translation>Criada em: %1</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="104"/>
        <source>Keep it locked away, apart from the laptop.</source>
        <translation>Guarde-a fechada, longe do computador.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="114"/>
        <source>Save the recovery key</source>
        <translation>Guardar a chave de recuperação</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="116"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="122"/>
        <source>It could not be saved (%1). Choose another place, for example a USB stick.</source>
        <translation>Não foi possível guardá-la (%1). Escolha outro local, por exemplo uma pen USB.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="126"/>
        <source>Saved to %1. Move that file to a USB stick that IT keeps, then delete it from this laptop.</source>
        <translation>Guardada em %1. Mova esse ficheiro para uma pen USB que a informática guarda e depois apague-o deste computador.</translation>
    </message>
    <message>
        <location filename="../ui/recovery_key.py" line="135"/>
        <source>Sent to the printer.</source>
        <translation>Enviada para a impressora.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../core/xray/dicom.py" line="71"/>
        <source>The DICOM file is damaged or incomplete ({error}). Export it again.</source>
        <translation>O ficheiro DICOM está danificado ou incompleto ({error}). Exporte-o novamente.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="80"/>
        <source>This DICOM file holds no image (it may be a report or a study list). Export the X-ray image itself.</source>
        <translation>Este ficheiro DICOM não contém nenhuma imagem (pode ser um relatório ou uma lista de exames). Exporte a própria imagem da radiografia.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="89"/>
        <source>This DICOM file holds {frames} images (a series or a cine loop); only a single X-ray image can be screened. Export the frontal chest image on its own and try again.</source>
        <translation>Este ficheiro DICOM contém {frames} imagens (uma série ou um vídeo); só se pode analisar uma única imagem de radiografia. Exporte só a imagem do tórax de frente e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="158"/>
        <location filename="../core/xray/dicom.py" line="179"/>
        <source>This is {kind}: only frontal chest X-rays can be screened.</source>
        <translation>Isto é {kind}: só se podem analisar radiografias do tórax de frente.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="164"/>
        <source>This is {kind}, not an X-ray radiograph: only frontal chest X-rays can be screened. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation>Isto é {kind}, não uma radiografia: só se podem analisar radiografias do tórax de frente. Escolha o ficheiro da radiografia do tórax da criança e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="170"/>
        <source>This file is marked as {modality}, not as an X-ray radiograph: only frontal chest X-rays can be screened. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation>Este ficheiro está marcado como {modality}, não como radiografia: só se podem analisar radiografias do tórax de frente. Escolha o ficheiro da radiografia do tórax da criança e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="182"/>
        <source>This is an {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation>Esta radiografia é de outra região («{part}»): só se podem analisar radiografias do tórax de frente. Escolha ou faça uma radiografia do tórax de frente.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="185"/>
        <source>This is a {part} X-ray: only frontal chest X-rays can be screened. Choose or take a frontal chest X-ray.</source>
        <translation>Esta radiografia é de outra região («{part}»): só se podem analisar radiografias do tórax de frente. Escolha ou faça uma radiografia do tórax de frente.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="191"/>
        <source>This is a side (lateral) view: only frontal chest X-rays (PA or AP) can be screened. Choose the frontal image of the study.</source>
        <translation>Isto é uma incidência de perfil (lateral): só se podem analisar radiografias do tórax de frente (PA ou AP). Escolha a imagem de frente do exame.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="223"/>
        <source>This DICOM image has an unexpected shape and cannot be screened.</source>
        <translation>Esta imagem DICOM tem uma forma inesperada e não pode ser analisada.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="239"/>
        <source>The image data in this DICOM file is damaged or incomplete ({error}). Export the X-ray again.</source>
        <translation>Os dados de imagem deste ficheiro DICOM estão danificados ou incompletos ({error}). Exporte a radiografia novamente.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="247"/>
        <source>This DICOM encoding ({encoding}) cannot be decoded here. Export the image uncompressed or as JPEG.</source>
        <translation>Esta codificação DICOM ({encoding}) não pode ser descodificada aqui. Exporte a imagem sem compressão ou em JPEG.</translation>
    </message>
    <message>
        <location filename="../core/xray/dicom.py" line="277"/>
        <source>The image data in this DICOM file is damaged.</source>
        <translation>Os dados de imagem deste ficheiro DICOM estão danificados.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="45"/>
        <source>This file is too large to be an X-ray image.</source>
        <translation>Este ficheiro é demasiado grande para ser uma imagem de radiografia.</translation>
    </message>
    <message>
        <location filename="../core/screening/not_screened.py" line="98"/>
        <location filename="../core/xray/read.py" line="42"/>
        <source>This file is not an image the application can read (it is not DICOM, JPEG or PNG). Export the X-ray again from the machine&apos;s console.</source>
        <translation>Este ficheiro não é uma imagem que a aplicação consiga ler (não é DICOM, JPEG nem PNG). Exporte a radiografia novamente a partir da consola do aparelho.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="106"/>
        <source>The image is blank or almost uniform: no X-ray can be seen in it. Check the exposure and export the image again.</source>
        <translation>A imagem está em branco ou quase uniforme: não se vê nenhuma radiografia. Verifique a exposição e exporte a imagem novamente.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="65"/>
        <source>{name} is not a regular file.</source>
        <translation>{name} não é um ficheiro normal.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="74"/>
        <source>{name} is a folder, not an image file.</source>
        <translation>{name} é uma pasta, não um ficheiro de imagem.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="77"/>
        <source>The file {path} does not exist.</source>
        <translation>O ficheiro {path} não existe.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="81"/>
        <source>The file {name} cannot be opened: permission denied.</source>
        <translation>O ficheiro {name} não pode ser aberto: permissão negada.</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="85"/>
        <source>The file {name} cannot be read ({reason}).</source>
        <translation>O ficheiro {name} não pode ser lido ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/xray/read.py" line="88"/>
        <source>The file is empty. Export the X-ray again.</source>
        <translation>O ficheiro está vazio. Exporte a radiografia novamente.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="114"/>
        <source>The file declares an image with no pixels. Export the X-ray again from the console and try again.</source>
        <translation>O ficheiro declara uma imagem sem píxeis. Exporte a radiografia novamente a partir da consola e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="120"/>
        <source>The image declares {cols} x {rows} pixels, far more than any X-ray. The file is damaged or is not an X-ray.</source>
        <translation>A imagem declara {cols} x {rows} píxeis, muito mais do que qualquer radiografia. O ficheiro está danificado ou não é uma radiografia.</translation>
    </message>
    <message>
        <location filename="../core/xray/contract.py" line="131"/>
        <source>The image is only {cols} x {rows} pixels; at least {minimum} pixels on the short side are needed. Export the full-resolution image, not a thumbnail.</source>
        <translation>A imagem tem só {cols} x {rows} píxeis; são precisos pelo menos {minimum} píxeis no lado menor. Exporte a imagem em resolução completa, não uma miniatura.</translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="35"/>
        <source>The image declares far more pixels than any X-ray; it cannot be opened.</source>
        <translation>A imagem declara muitos mais píxeis do que qualquer radiografia; não pode ser aberta.</translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="41"/>
        <source>The {kind} file is damaged or incomplete ({error}). Copy or export the X-ray again.</source>
        <translation>O ficheiro {kind} está danificado ou incompleto ({error}). Copie ou exporte a radiografia novamente.</translation>
    </message>
    <message>
        <location filename="../core/xray/raster.py" line="46"/>
        <source>Animated or multi-page images cannot be screened.</source>
        <translation>Imagens animadas ou com várias páginas não podem ser analisadas.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="53"/>
        <source>This is a colour picture, not an X-ray (X-rays are grey). Choose the child&apos;s chest X-ray file; if this is a photograph of the film, use the digital X-ray instead.</source>
        <translation>Isto é uma imagem a cores, não uma radiografia (as radiografias são cinzentas). Escolha o ficheiro da radiografia do tórax da criança; se for uma fotografia da película, use antes a radiografia digital.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="56"/>
        <source>This does not look like an X-ray: it may be a photograph, a document, a screenshot or another kind of scan. Choose the child&apos;s chest X-ray file and try again.</source>
        <translation>Isto não parece uma radiografia: pode ser uma fotografia, um documento, uma captura de ecrã ou outro tipo de exame. Escolha o ficheiro da radiografia do tórax da criança e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="59"/>
        <source>This does not look like a frontal chest X-ray: it may show another part of the body, or the chest from the side. Choose the front view (PA or AP) of the chest and try again.</source>
        <translation>Isto não parece uma radiografia do tórax de frente: pode mostrar outra parte do corpo, ou o tórax de perfil. Escolha a incidência de frente (PA ou AP) do tórax e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="63"/>
        <source>This image seems to be a chest X-ray turned ({angle} degrees), and it could not be turned back with confidence. Export it again upright, as it is read on a light box, and try again. If it is not a chest X-ray, choose the child&apos;s chest X-ray file instead.</source>
        <translation>Esta imagem parece ser uma radiografia do tórax rodada ({angle} graus), e não foi possível endireitá-la com confiança. Exporte-a novamente direita, como se lê no negatoscópio, e tente de novo. Se não for uma radiografia do tórax, escolha antes o ficheiro da radiografia do tórax da criança.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="68"/>
        <source>This image seems to be a chest X-ray stored as a negative (bones dark, lungs light), and it could not be corrected with confidence. Export it again as a normal image (for DICOM, ask for the MONOCHROME setting to be checked) and try again. If it is not a chest X-ray, choose the child&apos;s chest X-ray file instead.</source>
        <translation>Esta imagem parece ser uma radiografia do tórax guardada em negativo (ossos escuros, pulmões claros), e não foi possível corrigi-la com confiança. Exporte-a novamente como imagem normal (em DICOM, peça que se verifique a definição MONOCHROME) e tente de novo. Se não for uma radiografia do tórax, escolha antes o ficheiro da radiografia do tórax da criança.</translation>
    </message>
    <message>
        <location filename="../core/screening/input_check.py" line="73"/>
        <source>This does not look like a frontal chest X-ray: it may be a side (lateral) view, or the chest may be turned away from the plate. Only frontal chest X-rays (PA or AP) can be screened. Choose the front view of the chest and try again.</source>
        <translation>Isto não parece uma radiografia do tórax de frente: pode ser uma incidência de perfil (lateral), ou o tórax pode estar rodado em relação à placa. Só se podem analisar radiografias do tórax de frente (PA ou AP). Escolha a incidência de frente do tórax e tente de novo.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>years</source>
        <translation>anos</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="49"/>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="54"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="71"/>
        <source>A clinician must read this X-ray: the patient is outside the intended use of CXR Screen (children).</source>
        <translation>Um clínico tem de ler esta radiografia: o paciente está fora da utilização prevista do CXR Screen (crianças).</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="74"/>
        <source>Take the child to the clinic today and show this report. Go at once if the child breathes fast or with difficulty, cannot drink, or is very sleepy.</source>
        <translation>Leve a criança à clínica hoje e mostre este relatório. Vá imediatamente se a criança respirar depressa ou com dificuldade, não conseguir beber ou estiver muito sonolenta.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="76"/>
        <source>No signs of pneumonia were found on this X-ray. This does not mean the child is well: if the child is unwell or gets worse, see a clinician.</source>
        <translation>Não foram encontrados sinais de pneumonia nesta radiografia. Isto não quer dizer que a criança está bem: se a criança estiver mal ou piorar, consulte um clínico.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="93"/>
        <source>Patient ID</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="93"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="94"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="94"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="95"/>
        <source>Study date</source>
        <translation>Data do exame</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="95"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="96"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="97"/>
        <source>Stored at</source>
        <translation>Guardado em</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="98"/>
        <source>Screened at</source>
        <translation>Analisado em</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="99"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="100"/>
        <source>Health worker</source>
        <translation>Agente de saúde</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="101"/>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="102"/>
        <source>Device</source>
        <translation>Aparelho</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="105"/>
        <source>Finalised by</source>
        <translation>Finalizado por</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="108"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation>Ainda não revisto por um clínico.</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="121"/>
        <source>CXR Screen — chest X-ray screening report</source>
        <translation>CXR Screen — relatório de rastreio em radiografia do tórax</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="122"/>
        <source>X-ray</source>
        <translation>Radiografia</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="123"/>
        <source>Heatmap: where the model looked</source>
        <translation>Mapa de calor: onde o modelo olhou</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="124"/>
        <source>Patient and case</source>
        <translation>Paciente e caso</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="125"/>
        <source>Health worker&apos;s notes</source>
        <translation>Notas do agente de saúde</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="126"/>
        <source>Clinician&apos;s review</source>
        <translation>Revisão do clínico</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="127"/>
        <source>Operating point</source>
        <translation>Ponto de operação</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="128"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="129"/>
        <source>Report made</source>
        <translation>Relatório feito em</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="130"/>
        <source>What to do now</source>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="198"/>
        <source>CXR Screen report</source>
        <translation>Relatório do CXR Screen</translation>
    </message>
    <message>
        <location filename="../ui/report.py" line="214"/>
        <source>The report could not be saved to %1 (%2). Choose another folder or free some disk space.</source>
        <translation>Não foi possível guardar o relatório em %1 (%2). Escolha outra pasta ou liberte espaço no disco.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../ui/result_panel.py" line="28"/>
        <source>Refer to a clinician: the check could not confirm that this is a frontal chest X-ray, so a clinician must read it</source>
        <translation>Referir a um clínico: a verificação não conseguiu confirmar que se trata de uma radiografia do tórax de frente, por isso um clínico tem de a ler</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="32"/>
        <source>Signs of pneumonia — refer to a clinician</source>
        <translation>Sinais de pneumonia — referir a um clínico</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="33"/>
        <source>No signs of pneumonia detected</source>
        <translation>Nenhum sinal de pneumonia detetado</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="37"/>
        <source>screening (default)</source>
        <translation>rastreio (predefinido)</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="38"/>
        <source>balanced</source>
        <translation>equilibrado</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="39"/>
        <source>site (chosen by the site&apos;s IT)</source>
        <translation>local (escolhido pela informática do local)</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="49"/>
        <source>Site operating point: %1.</source>
        <translation>Ponto de operação do local: %1.</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="54"/>
        <source>Score %1 (refer at %2 or more) · operating point: %3 · model %4 %5</source>
        <translation>Pontuação %1 (referir a partir de %2) · ponto de operação: %3 · modelo %4 %5</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../ui/result_panel.py" line="135"/>
        <source>No case open</source>
        <translation>Nenhum caso aberto</translation>
    </message>
    <message>
        <location filename="../ui/result_panel.py" line="157"/>
        <source>Not checked on adults: %1</source>
        <translation>Não verificado em adultos: %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../ui/review_panel.py" line="14"/>
        <source>Agree with the result</source>
        <translation>De acordo com o resultado</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="15"/>
        <source>Disagree with the result</source>
        <translation>Em desacordo com o resultado</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="16"/>
        <source>Uncertain</source>
        <translation>Incerto</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../ui/review_panel.py" line="30"/>
        <source>A&amp;gree</source>
        <translation>De &amp;acordo</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="30"/>
        <source>&amp;Disagree</source>
        <translation>&amp;Em desacordo</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="31"/>
        <source>&amp;Uncertain</source>
        <translation>&amp;Incerto</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="46"/>
        <source>Record &amp;review</source>
        <translation>Registar a &amp;revisão</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="49"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="50"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="82"/>
        <source>Not screened: there is no result to review. Read the X-ray in the hospital&apos;s system (PACS).</source>
        <translation>Não analisado: não há resultado para rever. Leia a radiografia no sistema do hospital (PACS).</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="122"/>
        <source>Only a clinician can record a review.</source>
        <translation>Só um clínico pode registar uma revisão.</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="51"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="87"/>
        <source>Not reviewed by a clinician yet.</source>
        <translation>Ainda não revisto por um clínico.</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="90"/>
        <source>Reviewed by %1 on %2: %3.</source>
        <translation>Revisto por %1 em %2: %3.</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="103"/>
        <source>Only a clinician can record a review (you are signed in as %1).</source>
        <translation>Só um clínico pode registar uma revisão (tem sessão iniciada como %1).</translation>
    </message>
    <message>
        <location filename="../ui/review_panel.py" line="120"/>
        <source>Choose agree, disagree or uncertain.</source>
        <translation>Escolha de acordo, em desacordo ou incerto.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="67"/>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>unchanged</source>
        <translation>inalterada</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="68"/>
        <location filename="../ui/settings_dialog.py" line="165"/>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="71"/>
        <source>From the site configuration: %1</source>
        <translation>Da configuração do local: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="73"/>
        <source>The certificate authorities this application ships with (the site configuration names no CA file)</source>
        <translation>As autoridades de certificação incluídas na aplicação (a configuração do local não indica nenhum ficheiro CA)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Only the IT officer&apos;s site configuration file can choose which certificates are trusted.</source>
        <translation>Só o ficheiro de configuração do local, do responsável de informática, escolhe os certificados de confiança.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="80"/>
        <source>Send finalised cases automatically when the server can be reached</source>
        <translation>Enviar automaticamente os casos finalizados quando o servidor estiver acessível</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="83"/>
        <location filename="../ui/settings_dialog.py" line="135"/>
        <source>Watched folder</source>
        <translation>Pasta vigiada</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>The model&apos;s default</source>
        <translation>O predefinido do modelo</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>Only an administrator (IT) can change the operating point.</source>
        <translation>Só um administrador (a informática) pode mudar o ponto de operação.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="123"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>Server address (DICOMweb)</source>
        <translation>Endereço do servidor (DICOMweb)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="131"/>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="132"/>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="133"/>
        <source>Trusted certificates</source>
        <translation>Certificados de confiança</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="136"/>
        <source>Operating point</source>
        <translation>Ponto de operação</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="140"/>
        <source>Data folder (restart to apply)</source>
        <translation>Pasta de dados (ao reiniciar)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="141"/>
        <source>Language (restart to apply)</source>
        <translation>Língua (ao reiniciar)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="146"/>
        <source>Values left as the site configuration sets them follow it. The password is stored encrypted on this laptop.</source>
        <translation>Os valores deixados como a configuração do local os define seguem-na. A palavra-passe é guardada cifrada neste computador.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="164"/>
        <source>type it again for the new address</source>
        <translation>escreva-a de novo para o novo endereço</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="192"/>
        <source>The server address changed. Type the password for the new address: the saved password works only for the address it was typed for.</source>
        <translation>O endereço do servidor mudou. Escreva a palavra-passe para o novo endereço: a palavra-passe guardada só serve para o endereço para o qual foi escrita.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="216"/>
        <source>The watched folder does not exist: %1</source>
        <translation>A pasta vigiada não existe: %1</translation>
    </message>
</context>
<context>
    <name>SettingsError</name>
    <message>
        <location filename="../core/settings.py" line="192"/>
        <source>The settings file {path} was changed outside the application (it does not match what CXR Screen saved), so nothing is sent with it and the site&apos;s settings are used. Open the settings, check the server address, user and password, and save them again; tell your IT officer that the data folder was edited.</source>
        <translation>O ficheiro de definições {path} foi alterado fora da aplicação (não corresponde ao que o CXR Screen guardou): nada é enviado com ele e são usadas as definições do local. Abra as definições, verifique o endereço do servidor, o utilizador e a palavra-passe, e guarde-as de novo; diga ao responsável de informática que a pasta de dados foi alterada.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="205"/>
        <source>The site configuration file {path} contains credentials ({keys}). Credentials must never be in the site file, which is copied to every laptop. Remove them and enter the user and password on each laptop.</source>
        <translation>O ficheiro de configuração do local {path} contém credenciais ({keys}). As credenciais nunca devem estar no ficheiro do local, que é copiado para todos os computadores. Retire-as e introduza o utilizador e a palavra-passe em cada computador.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="261"/>
        <source>The saved sync password cannot be read before someone signs in. Sign in. Enter it again in the settings if it still cannot be read.</source>
        <translation>A palavra-passe de envio guardada não pode ser lida antes de alguém iniciar sessão. Inicie sessão. Se ainda não puder ser lida, introduza-a de novo nas Definições.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="277"/>
        <source>The saved sync password cannot be used for the server {url}: it was typed for another server address (a changed address needs the password again), or saved by an older version or on another laptop. Enter it again in the settings. If you did not change the address, tell your IT officer: the settings may have been edited.</source>
        <translation>A palavra-passe de envio guardada não pode ser usada para o servidor {url}: foi introduzida para outro endereço de servidor (um endereço alterado pede de novo a palavra-passe), ou guardada por uma versão antiga ou noutro computador. Introduza-a de novo nas Definições. Se não alterou o endereço, avise o responsável de informática: as definições podem ter sido alteradas.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="289"/>
        <source>The data folder pointer {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation>O ficheiro que indica a pasta de dados, {path}, não pode ser lido ({reason}). Corrija-o ou apague-o.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="292"/>
        <location filename="../core/screening/site_operating_point.py" line="67"/>
        <source>The site configuration file {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation>O ficheiro de configuração do local {path} não pode ser lido ({reason}). Corrija-o ou apague-o.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="295"/>
        <source>The settings file {path} cannot be read ({reason}). Fix or remove it.</source>
        <translation>O ficheiro das definições {path} não pode ser lido ({reason}). Corrija-o ou apague-o.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="309"/>
        <source>it does not hold one JSON object {...}</source>
        <translation>não contém um único objeto JSON {...}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="317"/>
        <source>The settings were written by a newer version of CXR Screen. Install that version, or remove the settings file.</source>
        <translation>As definições foram escritas por uma versão mais recente do CXR Screen. Instale essa versão, ou apague o ficheiro das definições.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="333"/>
        <source>The setting {key} must be {kind}, not {value}.</source>
        <translation>A definição {key} tem de ser do tipo {kind}, não {value}.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="339"/>
        <source>The server address must start with https:// (or http:// on a closed network): {url}</source>
        <translation>O endereço do servidor tem de começar por https:// (ou http:// numa rede fechada): {url}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="363"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} não pode ser escrito ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="81"/>
        <source>The site operating point in {path} is not valid: it needs a threshold between 0 and 1 and the model&apos;s sha256 (64 characters). Ask IT to copy it again from the file cxrscreen monitor wrote (site_operating_point.json).</source>
        <translation>O ponto de operação do local em {path} não é válido: precisa de um limiar entre 0 e 1 e do sha256 do modelo (64 caracteres). Peça à informática do local que o copie de novo do ficheiro escrito por cxrscreen monitor (site_operating_point.json).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/sign_in.py" line="68"/>
        <source>CXR Screen — sign in</source>
        <translation>CXR Screen — iniciar sessão</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="72"/>
        <source>Protect the saved cases</source>
        <translation>Proteger os casos guardados</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="73"/>
        <source>The cases on this laptop were saved by an older version and are not protected. Create the administrator account: the cases are then encrypted, and every person signs in with their own account. No case is lost.</source>
        <translation>Os casos deste computador foram guardados por uma versão mais antiga e não estão protegidos. Crie a conta de administrador: os casos passam a ser cifrados e cada pessoa inicia sessão com a sua própria conta. Nenhum caso se perde.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="77"/>
        <source>Set up CXR Screen</source>
        <translation>Configurar o CXR Screen</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="78"/>
        <source>Create the administrator account. The administrator then adds an account for each health worker and clinician.</source>
        <translation>Crie a conta de administrador. Depois, o administrador adiciona uma conta para cada agente de saúde e cada clínico.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="81"/>
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="81"/>
        <source>Enter your name and password or PIN.</source>
        <translation>Introduza o seu nome e a sua palavra-passe ou PIN.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="87"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="88"/>
        <source>&amp;Password</source>
        <translation>&amp;Palavra-passe</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="92"/>
        <source>Password &amp;again</source>
        <translation>Palavra-passe, &amp;outra vez</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="93"/>
        <source>Create and sign in</source>
        <translation>Criar e iniciar sessão</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="93"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sessão</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="102"/>
        <source>The two passwords are not the same.</source>
        <translation>As duas palavras-passe não são iguais.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in.py" line="128"/>
        <source>Protecting the saved cases… %1 files done.</source>
        <translation>A proteger os casos guardados… %1 ficheiros feitos.</translation>
    </message>
</context>
<context>
    <name>SitePoint</name>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="40"/>
        <source>set by the site&apos;s IT</source>
        <translation>definido pela informática do local</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="42"/>
        <source>from {cases} reviewed cases</source>
        <translation>a partir de {cases} casos revistos</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="45"/>
        <source>for a target sensitivity of {percent}%</source>
        <translation>para uma sensibilidade pretendida de {percent}%</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="49"/>
        <source>on {date}</source>
        <translation>em {date}</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="92"/>
        <source>The model&apos;s default is used meanwhile.</source>
        <translation>Entretanto, é usado o ponto predefinido do modelo.</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="97"/>
        <source>The site&apos;s operating point (threshold {threshold}) was chosen for model {version} (sha256 {sha}), but this laptop has model {model} (sha256 {model_sha}). It is not used: results use the model&apos;s own default point until IT chooses a new site point for this model (cxrscreen monitor).</source>
        <translation>O ponto de operação do local (limiar {threshold}) foi escolhido para o modelo {version} (sha256 {sha}), mas este computador tem o modelo {model} (sha256 {model_sha}). Não é usado: os resultados usam o ponto predefinido do próprio modelo até a informática do local escolher um novo ponto para este modelo (cxrscreen monitor).</translation>
    </message>
    <message>
        <location filename="../core/screening/site_operating_point.py" line="104"/>
        <source>Site operating point in use: threshold {threshold}, {provenance}.</source>
        <translation>Ponto de operação do local em uso: limiar {threshold}, {provenance}.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../ui/status.py" line="29"/>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="55"/>
        <source>Server: not set up</source>
        <translation>Servidor: não configurado</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="57"/>
        <source>Server: checking…</source>
        <translation>Servidor: a verificar…</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="59"/>
        <source>Server: reachable</source>
        <translation>Servidor: acessível</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="61"/>
        <source>Server: not reachable</source>
        <translation>Servidor: inacessível</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="71"/>
        <source>health worker</source>
        <translation>agente de saúde</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="71"/>
        <source>clinician</source>
        <translation>clínico</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="72"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="73"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="75"/>
        <source>Signed in: %1. Everything you do is recorded under this name.</source>
        <translation>Sessão iniciada: %1. Tudo o que fizer é registado com este nome.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/status.py" line="80"/>
        <source>%n case(s) waiting to be sent</source>
        <translation>
            <numerusform>%n caso à espera de envio</numerusform>
            <numerusform>%n casos à espera de envio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="84"/>
        <source>Last sync: never</source>
        <translation>Último envio: nunca</translation>
    </message>
    <message>
        <location filename="../ui/status.py" line="88"/>
        <source>Last sync: %1</source>
        <translation>Último envio: %1</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../core/errors.py" line="103"/>
        <source>This X-ray is already stored as case {case} (from {file}); it was not added again.</source>
        <translation>Esta radiografia já está guardada como caso {case} (de {file}); não foi adicionada de novo.</translation>
    </message>
    <message>
        <location filename="../core/errors.py" line="153"/>
        <source>Case {case} is damaged ({what}) and was set aside: it is not shown or sent as it is. Every other case is safe and goes on. Ask your IT officer to run `cxrscreen doctor`, and to restore the data folder from a backup if needed.</source>
        <translation>O caso {case} está danificado ({what}) e foi posto de lado: não é mostrado nem enviado assim. Todos os outros casos estão intactos e continuam. Peça ao responsável de informática que execute `cxrscreen doctor` e, se for preciso, que restaure a pasta de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="32"/>
        <source>This account&apos;s entry in the case database is damaged, so it cannot sign in. Ask your IT officer: another account, or the recovery key, can still open the data folder.</source>
        <translation>O registo desta conta na base de dados dos casos está danificado, por isso não pode iniciar sessão. Fale com o responsável de informática: outra conta, ou a chave de recuperação, ainda pode abrir a pasta de dados.</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="37"/>
        <source>This account belongs to another data folder.</source>
        <translation>Esta conta pertence a outra pasta de dados.</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="58"/>
        <source>add accounts</source>
        <translation>adicionar contas</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="73"/>
        <source>disable accounts</source>
        <translation>desativar contas</translation>
    </message>
    <message>
        <location filename="../core/store/account_methods.py" line="81"/>
        <source>reset passwords</source>
        <translation>repor palavras-passe</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="59"/>
        <source>a health worker</source>
        <translation>um agente de saúde</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="60"/>
        <source>a clinician</source>
        <translation>um clínico</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="61"/>
        <source>an administrator</source>
        <translation>um administrador</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="68"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="70"/>
        <source>Only {who} can {action}. You are signed in as {name} ({role}); ask {who} to do it.</source>
        <translation>Só {who} pode {action}. Iniciou sessão como {name} ({role}); peça a {who} que o faça.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="78"/>
        <source>A password or PIN needs at least {count} characters.</source>
        <translation>Uma palavra-passe ou um PIN precisa de pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="86"/>
        <source>An account name needs 1 to 64 characters, on one line.</source>
        <translation>Um nome de conta precisa de 1 a 64 caracteres, numa só linha.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="96"/>
        <source>An account named {name} already exists.</source>
        <translation>Já existe uma conta chamada {name}.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="116"/>
        <source>The name or the password is not right. Check both and try again (capital letters count).</source>
        <translation>O nome ou a palavra-passe não está certo. Verifique os dois e tente de novo (as maiúsculas contam).</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="126"/>
        <source>The account {name} is disabled. Ask your administrator.</source>
        <translation>A conta {name} está desativada. Fale com o seu administrador.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="133"/>
        <source>Too many wrong passwords for {name}. Wait {count} seconds and try again, or ask your administrator to reset the password.</source>
        <translation>Demasiadas palavras-passe erradas para {name}. Espere {count} segundos e tente de novo, ou peça ao seu administrador que reponha a palavra-passe.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="137"/>
        <source>Too many wrong passwords for {name}. Wait {count} minutes and try again, or ask your administrator to reset the password.</source>
        <translation>Demasiadas palavras-passe erradas para {name}. Espere {count} minutos e tente de novo, ou peça ao seu administrador que reponha a palavra-passe.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="152"/>
        <source>Signing in is not possible right now: the data folder cannot be written (the disk may be full), so wrong passwords could not be counted. Cases already stored are safe. Free some space on the disk (or ask your IT officer), then sign in again.</source>
        <translation>Não é possível iniciar sessão agora: a pasta de dados não pode ser escrita (o disco pode estar cheio), por isso as palavras-passe erradas não poderiam ser contadas. Os casos já guardados estão intactos. Liberte espaço no disco (ou fale com o responsável de informática) e depois inicie sessão de novo.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="181"/>
        <source>The account {name} was changed outside the application (its role or state does not match what was stored), so it cannot sign in. Ask your administrator to disable it and give it a new password, or to add a new account; tell your IT officer that the data folder was edited.</source>
        <translation>A conta {name} foi alterada fora da aplicação (a sua função ou o seu estado não corresponde ao que foi guardado): não pode iniciar sessão. Peça ao seu administrador que a desative e lhe dê uma nova palavra-passe, ou que adicione uma nova conta; diga ao responsável de informática que a pasta de dados foi alterada.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="223"/>
        <source>This is the only administrator left; add another administrator before disabling it.</source>
        <translation>Este é o único administrador que resta; adicione outro administrador antes de o desativar.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="247"/>
        <source>The account {name} was changed outside the application, so its password is not reset (that would keep the role written into the file). Disable it first (its role is then set to health worker), then reset its password.</source>
        <translation>A conta {name} foi alterada fora da aplicação: a sua palavra-passe não é redefinida (isso manteria a função escrita no ficheiro). Desative-a primeiro (a sua função passa então a agente de saúde) e depois redefina a palavra-passe.</translation>
    </message>
    <message>
        <location filename="../core/store/accounts.py" line="264"/>
        <source>There is no account named {name}. `cxrscreen users list` shows the accounts.</source>
        <translation>Não existe nenhuma conta chamada {name}. `cxrscreen users list` mostra as contas.</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="71"/>
        <source>Sign in first.</source>
        <translation>Inicie sessão primeiro.</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="159"/>
        <source>patient details</source>
        <translation>os dados do paciente</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="171"/>
        <source>notes</source>
        <translation>as notas</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="191"/>
        <source>record a review</source>
        <translation>registar uma revisão</translation>
    </message>
    <message>
        <location filename="../core/store/case_store.py" line="196"/>
        <source>Case {case} was not screened: there is no result to agree or disagree with. Record your reading of the X-ray in the hospital&apos;s system.</source>
        <translation>O caso {case} não foi analisado: não há resultado com o qual estar de acordo ou em desacordo. Registe a sua leitura da radiografia no sistema do hospital.</translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="127"/>
        <source>No case {case} is stored here (several cases start with it; type more of the id).</source>
        <translation>Nenhum caso {case} está guardado aqui (vários casos começam assim; escreva mais do identificador).</translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="129"/>
        <source>No case {case} is stored here.</source>
        <translation>Nenhum caso {case} está guardado aqui.</translation>
    </message>
    <message>
        <location filename="../core/store/case_reading.py" line="144"/>
        <source>Case {case} was sent and then cleared from this laptop (the site keeps cases only for a set time after the hospital confirms them). Its image and report are on the hospital&apos;s server.</source>
        <translation>O caso {case} foi enviado e depois apagado deste computador (o local só guarda os casos durante um tempo definido depois de o hospital os confirmar). A sua imagem e o seu relatório estão no servidor do hospital.</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="91"/>
        <source>Sex must be M, F or O (other), or left empty.</source>
        <translation>O sexo tem de ser M, F ou O (outro), ou ficar vazio.</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="224"/>
        <source>screened</source>
        <translation>analisado</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="225"/>
        <source>finalised</source>
        <translation>finalizado</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="226"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="235"/>
        <source>Case {case} is already {state}; it cannot become {target} (a case only moves forward: screened, finalised, sent).</source>
        <translation>O caso {case} já está {state}; não pode passar a {target} (um caso só avança: analisado, finalizado, enviado).</translation>
    </message>
    <message>
        <location filename="../core/store/cases.py" line="244"/>
        <source>The {what} of case {case} can no longer be changed: the case is {state} and its data is queued for (or already at) the hospital. Add a note in a clinician review instead.</source>
        <translation>No caso {case}, já não é possível alterar {what}: o caso está {state} e os seus dados estão na fila para o hospital (ou já lá estão). Em vez disso, acrescente uma nota numa revisão do clínico.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="31"/>
        <source>The disk is full, so nothing new could be saved in {where}. Cases already stored are safe. Free some space (empty the recycle bin, remove other files), then try again.</source>
        <translation>O disco está cheio, por isso nada de novo pôde ser guardado em {where}. Os casos já guardados estão intactos. Liberte espaço (esvazie a reciclagem, apague outros ficheiros) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="38"/>
        <source>The data folder {where} cannot be written to (it is read-only or belongs to another user). Cases already stored are safe. Ask your IT officer to fix the folder&apos;s permissions, or start the application with another data folder.</source>
        <translation>A pasta de dados {where} não pode ser escrita (é só de leitura ou pertence a outro utilizador). Os casos já guardados estão intactos. Peça ao responsável de informática que corrija as permissões da pasta, ou inicie a aplicação com outra pasta de dados.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="51"/>
        <source>The data folder {where} could not be used ({reason}). Cases already stored are safe. Check the disk, then try again.</source>
        <translation>A pasta de dados {where} não pôde ser usada ({reason}). Os casos já guardados estão intactos. Verifique o disco e tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="142"/>
        <source>A stored file is missing from {folder} ({file}). The data folder was changed outside the application; restore it from a backup.</source>
        <translation>Falta um ficheiro guardado em {folder} ({file}). A pasta de dados foi alterada fora da aplicação; restaure-a a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="153"/>
        <source>A stored file is damaged ({file}): its content no longer matches its checksum. Restore the data folder from a backup.</source>
        <translation>Um ficheiro guardado está danificado ({file}): o seu conteúdo já não corresponde à sua soma de verificação. Restaure a pasta de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="214"/>
        <source>The case database is busy: another CXR Screen window or program is using it. Close the other one, wait a moment, and try again. Nothing was changed.</source>
        <translation>A base de dados dos casos está ocupada: outra janela do CXR Screen ou outro programa está a usá-la. Feche o outro, espere um momento e tente de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="226"/>
        <source>The case database could not be used ({reason}). Nothing was changed.</source>
        <translation>A base de dados dos casos não pôde ser usada ({reason}). Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="237"/>
        <source>A value in the case database is not readable text: the database was changed outside the application or is damaged. Ask your IT officer to run `cxrscreen doctor`.</source>
        <translation>Um valor da base de dados dos casos não é texto legível: a base de dados foi alterada fora da aplicação ou está danificada. Peça ao responsável de informática que execute `cxrscreen doctor`.</translation>
    </message>
    <message>
        <location filename="../core/store/files.py" line="244"/>
        <source>The case database in {folder} is damaged. Do not delete anything; ask your IT officer to restore it from a backup.</source>
        <translation>A base de dados dos casos em {folder} está danificada. Não apague nada; peça ao responsável de informática que a restaure a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="64"/>
        <source>This recovery key does not open this data folder. Check it letter by letter.</source>
        <translation>Esta chave de recuperação não abre esta pasta de dados. Verifique-a letra a letra.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="94"/>
        <source>The data folder {folder} is already set up; nothing was changed. Sign in, or choose another folder.</source>
        <translation>A pasta de dados {folder} já está configurada; nada foi alterado. Inicie sessão, ou escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="104"/>
        <source>Another program set up this data folder at the same time; nothing was changed.</source>
        <translation>Outro programa configurou esta pasta de dados ao mesmo tempo; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="131"/>
        <source>The data folder {folder} does not need an upgrade.</source>
        <translation>A pasta de dados {folder} não precisa de atualização.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="143"/>
        <source>The data folder {folder} is not set up yet. Start the application to create the administrator, or run `cxrscreen init --admin NAME`.</source>
        <translation>A pasta de dados {folder} ainda não está configurada. Inicie a aplicação para criar o administrador, ou execute `cxrscreen init --admin NAME`.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="148"/>
        <location filename="../core/store/schema.py" line="154"/>
        <source>The cases in this data folder were saved by an older version of CXR Screen and are not protected yet. An administrator must start the application (or run `cxrscreen init --admin NAME`) once to protect them; no case is lost.</source>
        <translation>Os casos desta pasta de dados foram guardados por uma versão antiga do CXR Screen e ainda não estão protegidos. Um administrador tem de iniciar a aplicação (ou executar `cxrscreen init --admin NAME`) uma vez para os proteger; nenhum caso se perde.</translation>
    </message>
    <message>
        <location filename="../core/store/opening.py" line="229"/>
        <source>accept an older database</source>
        <translation>aceitar uma base de dados mais antiga</translation>
    </message>
    <message>
        <location filename="../core/store/outbox.py" line="68"/>
        <source>The list of what is left to send is damaged. Nothing was sent or changed. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation>A lista do que falta enviar está danificada. Nada foi enviado nem alterado. Peça ao responsável de informática que execute `cxrscreen doctor` e que restaure a pasta de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../core/store/quarantine.py" line="85"/>
        <source>The case database in {folder} is older than the files beside it: it holds {have} cases, but this folder had {had}. It may be a restored backup, or a copy whose cases.sqlite3-wal file was lost. Nothing was changed or deleted. Put back the newer cases.sqlite3 together with its -wal file, or restore the whole folder from one backup. If this older database is really the one to keep, an administrator runs `cxrscreen doctor --accept-older-database` (the files of the newer cases are kept in the quarantine folder).</source>
        <translation>A base de dados dos casos em {folder} é mais antiga do que os ficheiros ao seu lado: tem {have} casos, mas esta pasta tinha {had}. Pode ser uma cópia de segurança restaurada, ou uma cópia cujo ficheiro cases.sqlite3-wal se perdeu. Nada foi alterado nem apagado. Reponha o cases.sqlite3 mais recente juntamente com o seu ficheiro -wal, ou restaure a pasta inteira a partir de uma única cópia de segurança. Se esta base de dados mais antiga é mesmo a que deve ficar, um administrador executa `cxrscreen doctor --accept-older-database` (os ficheiros dos casos mais recentes ficam na pasta quarantine).</translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="18"/>
        <source>health worker</source>
        <translation>agente de saúde</translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="19"/>
        <source>clinician</source>
        <translation>clínico</translation>
    </message>
    <message>
        <location filename="../core/store/roles.py" line="20"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <location filename="../core/store/schema.py" line="146"/>
        <source>These cases were saved by a newer version of CXR Screen. Install that version (or newer) to open them; nothing was changed.</source>
        <translation>Estes casos foram guardados por uma versão mais recente do CXR Screen. Instale essa versão (ou mais recente) para os abrir; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/store/schema.py" line="183"/>
        <source>A value of case {case} cannot be read: it was changed outside the application, or copied from another data folder. Ask your IT officer to restore the data folder from a backup.</source>
        <translation>Um valor do caso {case} não pode ser lido: foi alterado fora da aplicação, ou copiado de outra pasta de dados. Peça ao responsável de informática que restaure a pasta de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../core/store/upgrade.py" line="80"/>
        <source>The case database is in use by another CXR Screen window or program. Close it and try again; nothing was changed.</source>
        <translation>A base de dados dos casos está a ser usada por outra janela do CXR Screen ou outro programa. Feche-o e tente de novo; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/store/upgrade.py" line="89"/>
        <source>The old case database is still being changed by another program. Close every CXR Screen window and try again; nothing was changed.</source>
        <translation>A base de dados antiga dos casos ainda está a ser alterada por outro programa. Feche todas as janelas do CXR Screen e tente de novo; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="40"/>
        <source>its {what} was changed outside the application: it does not match its tag</source>
        <translation>{what} foi alterado fora da aplicação: não corresponde à sua etiqueta de autenticidade</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="42"/>
        <source>row</source>
        <translation>linha guardada</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="43"/>
        <source>result or record</source>
        <translation>resultado ou registo</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="44"/>
        <location filename="../core/store/integrity.py" line="116"/>
        <source>review</source>
        <translation>revisão</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="45"/>
        <source>list of what to send</source>
        <translation>lista do que há a enviar</translation>
    </message>
    <message>
        <location filename="../core/store/damage.py" line="46"/>
        <location filename="../core/store/integrity.py" line="118"/>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="94"/>
        <source>A stored {what} ({key}) was changed outside the application (it has no tag), so it is not used as it is. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation>Um dado guardado ({what}, {key}) foi alterado fora da aplicação (não tem etiqueta de autenticidade): não é usado tal como está. Peça ao responsável de informática que execute `cxrscreen doctor` e que restaure a pasta de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="98"/>
        <source>A stored {what} ({key}) was changed outside the application (it does not match its tag), so it is not used as it is. Ask your IT officer to run `cxrscreen doctor` and to restore the data folder from a backup.</source>
        <translation>Um dado guardado ({what}, {key}) foi alterado fora da aplicação (não corresponde à sua etiqueta de autenticidade): não é usado tal como está. Peça ao responsável de informática que execute `cxrscreen doctor` e que restaure a pasta de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="115"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../core/store/integrity.py" line="117"/>
        <source>item to send</source>
        <translation>item a enviar</translation>
    </message>
    <message>
        <location filename="../core/store/not_screened_methods.py" line="43"/>
        <source>This film cannot be sent for a clinician&apos;s reading: it is not known to be a chest X-ray (it was refused as {refusal}). Take or export a chest X-ray.</source>
        <translation>Esta radiografia não pode ser enviada para leitura por um clínico: não se sabe se é uma radiografia do tórax (foi recusada: {refusal}). Faça ou exporte uma radiografia do tórax.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <location filename="../core/sync/dicomweb.py" line="36"/>
        <source>No hospital server is set. Enter the server address (DICOMweb URL), user and password in the settings, or ask your IT officer for the site configuration.</source>
        <translation>Nenhum servidor do hospital está configurado. Introduza o endereço do servidor (URL DICOMweb), o utilizador e a palavra-passe nas Definições, ou peça a configuração do local ao responsável de informática.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="75"/>
        <source>The server refused the case (HTTP {status}): {reason}. Ask your IT officer to check the server&apos;s log; the case stays queued.</source>
        <translation>O servidor recusou o caso (HTTP {status}): {reason}. Peça ao responsável de informática que verifique o registo do servidor; o caso fica na fila.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="81"/>
        <source>The server gave an answer a DICOMweb server does not give (HTTP {status}). Nothing was marked as sent; ask your IT officer to check the server address.</source>
        <translation>O servidor deu uma resposta que um servidor DICOMweb não dá (HTTP {status}). Nada foi marcado como enviado; peça ao responsável de informática que verifique o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="127"/>
        <source>The server could not search (HTTP {status}).</source>
        <translation>O servidor não conseguiu fazer a pesquisa (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="133"/>
        <source>The server&apos;s search answer was cut off or unreadable; try again.</source>
        <translation>A resposta do servidor à pesquisa foi cortada ou está ilegível; tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="145"/>
        <source>The server&apos;s answer was cut off or unreadable; try again.</source>
        <translation>A resposta do servidor foi cortada ou está ilegível; tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="164"/>
        <source>The server no longer holds instance {sop}.</source>
        <translation>O servidor já não tem a instância {sop}.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="167"/>
        <source>The server could not {verb} instance {sop} (HTTP {status}).</source>
        <translation>O servidor não conseguiu tratar a instância {sop} ({verb}, HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="177"/>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The server may be an impostor, or its certificate changed or expired. Ask your IT officer for the right CA certificate file. ({reason})</source>
        <translation>O certificado do servidor não foi aceite, por isso nada foi enviado. O servidor pode ser um impostor, ou o seu certificado mudou ou expirou. Peça ao responsável de informática o ficheiro de certificado da autoridade (CA) correto. ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="183"/>
        <source>The hospital&apos;s server cannot be reached right now (no network, or the server is down). Cases stay safely queued and are sent later. ({reason})</source>
        <translation>Não é possível contactar o servidor do hospital agora (sem rede, ou o servidor está em baixo). Os casos ficam em segurança na fila e são enviados mais tarde. ({reason})</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="188"/>
        <source>Sending failed ({reason}); it will be retried.</source>
        <translation>O envio falhou ({reason}); vai ser tentado de novo.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="192"/>
        <source>The server refused the user name or password (HTTP {status}). Check them in the settings; sending is paused until they are corrected.</source>
        <translation>O servidor recusou o nome de utilizador ou a palavra-passe (HTTP {status}). Verifique-os nas Definições; o envio fica suspenso até serem corrigidos.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="197"/>
        <source>The hospital&apos;s server is having trouble (HTTP {status}). Cases stay safely queued and are sent later.</source>
        <translation>O servidor do hospital está com problemas (HTTP {status}). Os casos ficam em segurança na fila e são enviados mais tarde.</translation>
    </message>
    <message>
        <location filename="../core/sync/dicomweb.py" line="209"/>
        <source>The server&apos;s answer was cut off; try again.</source>
        <translation>A resposta do servidor foi cortada; tente de novo.</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="102"/>
        <source>Sending is already in progress.</source>
        <translation>Já está a decorrer um envio.</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="115"/>
        <source>The hospital&apos;s server cannot be reached right now (no network, or the server is down). Cases stay safely queued and are sent later.</source>
        <translation>Não é possível contactar o servidor do hospital agora (sem rede, ou o servidor está em baixo). Os casos ficam em segurança na fila e são enviados mais tarde.</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="161"/>
        <source>The server did not store part of it ({reasons}).</source>
        <translation>O servidor não guardou uma parte ({reasons}).</translation>
    </message>
    <message>
        <location filename="../core/sync/engine.py" line="168"/>
        <source>The server did not confirm that it stored case {case} ({unconfirmed} of its {items} item(s) are neither listed in its answer nor found on it), so they stay queued. If this Wi-Fi has a sign-in page, sign in, then sync again; if it happens again, ask your IT officer to check the server address.</source>
        <translation>O servidor não confirmou que guardou o caso {case} ({unconfirmed} dos seus {items} elemento(s) não estão na resposta nem foram encontrados nele), por isso ficam na fila. Se este Wi-Fi tiver uma página de início de sessão, inicie sessão e envie de novo; se voltar a acontecer, peça ao responsável de informática que verifique o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../core/sync/server_policy.py" line="39"/>
        <source>The server address {url} does not use https://, so the password and the cases would travel readable by anyone on the network. Nothing was sent. Use the https:// address of the hospital&apos;s server; on a closed network, your IT officer can allow http:// in the site configuration file (allow_plain_http).</source>
        <translation>O endereço do servidor {url} não usa https://, por isso a palavra-passe e os casos circulariam legíveis por qualquer pessoa na rede. Nada foi enviado. Use o endereço https:// do servidor do hospital; numa rede fechada, o responsável de informática pode permitir http:// no ficheiro de configuração do local (allow_plain_http).</translation>
    </message>
    <message>
        <location filename="../core/sync/stow_answer.py" line="23"/>
        <source>The network answered with a web page, not the hospital&apos;s server. Sign in to the Wi-Fi, then sync again. Nothing was marked as sent; the cases stay queued.</source>
        <translation>A rede respondeu com uma página web, não com o servidor do hospital. Inicie sessão no Wi-Fi e envie de novo. Nada foi marcado como enviado; os casos ficam na fila.</translation>
    </message>
    <message>
        <location filename="../core/sync/stow_answer.py" line="42"/>
        <source>The network sent the request elsewhere (HTTP {status} redirect{where}), so it did not reach the hospital&apos;s server. If this Wi-Fi has a sign-in page, sign in, then sync again; otherwise ask your IT officer to check the server address. Nothing was marked as sent; the cases stay queued.</source>
        <translation>A rede enviou o pedido para outro lado (redirecionamento HTTP {status}{where}), por isso não chegou ao servidor do hospital. Se este Wi-Fi tiver uma página de início de sessão, inicie sessão e envie de novo; caso contrário, peça ao responsável de informática que verifique o endereço do servidor. Nada foi marcado como enviado; os casos ficam na fila.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../ui/sync_words.py" line="14"/>
        <source>Server: password refused</source>
        <translation>Servidor: palavra-passe recusada</translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="16"/>
        <source>Server: certificate refused</source>
        <translation>Servidor: certificado recusado</translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="25"/>
        <source>All cases are already on the server.</source>
        <translation>Todos os casos já estão no servidor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="26"/>
        <source>%n case(s) sent. All cases are on the server.</source>
        <translation>
            <numerusform>%n caso enviado. Todos os casos estão no servidor.</numerusform>
            <numerusform>%n casos enviados. Todos os casos estão no servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="27"/>
        <source>%n case(s) sent.</source>
        <translation>
            <numerusform>%n caso enviado.</numerusform>
            <numerusform>%n casos enviados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="27"/>
        <source>No case was sent.</source>
        <translation>Nenhum caso foi enviado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sync_words.py" line="28"/>
        <source>%n case(s) still waiting to be sent.</source>
        <translation>
            <numerusform>%n caso ainda à espera de ser enviado.</numerusform>
            <numerusform>%n casos ainda à espera de serem enviados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="30"/>
        <source>Sending was stopped.</source>
        <translation>O envio foi parado.</translation>
    </message>
    <message>
        <location filename="../ui/sync_words.py" line="34"/>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/viewer.py" line="102"/>
        <source>&amp;Heatmap</source>
        <translation>&amp;Mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="104"/>
        <source>Show where the model looked (H)</source>
        <translation>Mostrar onde o modelo olhou (H)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="108"/>
        <location filename="../ui/viewer.py" line="109"/>
        <source>Heatmap opacity</source>
        <translation>Opacidade do mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="113"/>
        <source>Zoom in (+)</source>
        <translation>Ampliar (+)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="114"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="116"/>
        <source>Zoom out (−)</source>
        <translation>Reduzir (−)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="117"/>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="118"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="119"/>
        <source>Show the whole image (0)</source>
        <translation>Mostrar a imagem inteira (0)</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="120"/>
        <source>Reset window</source>
        <translation>Repor</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="121"/>
        <source>Right-drag on the image changes the window (left/right: width, up/down: level). W resets it.</source>
        <translation>Arrastar com o botão direito na imagem muda a janela (esquerda/direita: largura, cima/baixo: nível). W repõe-na.</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="137"/>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="175"/>
        <source>Import an X-ray (Ctrl+O) or choose a case in the list.</source>
        <translation>Importe uma radiografia (Ctrl+O) ou escolha um caso na lista.</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="257"/>
        <source>Window: original</source>
        <translation>Janela: original</translation>
    </message>
    <message>
        <location filename="../ui/viewer.py" line="260"/>
        <source>L %1 / W %2</source>
        <translation>N %1 / L %2</translation>
    </message>
</context>
</TS>
