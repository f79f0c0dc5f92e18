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
        <location filename="../ui/accounts_dialog.py" line="177"/>
        <source>The two new passwords are not the same.</source>
        <translation>As duas novas palavras-passe não são iguais.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="183"/>
        <source>Your password is changed. Use the new one from now on.</source>
        <translation>A sua palavra-passe foi mudada. Use a nova a partir de agora.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="186"/>
        <source>Add an account</source>
        <translation>Adicionar uma conta</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="187"/>
        <source>The person signs in with this name and password. Give the password to them in private; they can change it under Accounts.</source>
        <translation>A pessoa inicia sessão com este nome e esta palavra-passe. Dê-lhe a palavra-passe em privado; ela pode mudá-la em Contas.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="194"/>
        <source>Account %1 added.</source>
        <translation>Conta %1 adicionada.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="199"/>
        <location filename="../ui/accounts_dialog.py" line="208"/>
        <source>Choose an account in the list first.</source>
        <translation>Escolha primeiro uma conta na lista.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="202"/>
        <source>Account %1 is disabled: it can no longer sign in. Set a new password to enable it again.</source>
        <translation>A conta %1 está desativada: já não pode iniciar sessão. Defina uma nova palavra-passe para a ativar de novo.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="210"/>
        <source>New password for %1</source>
        <translation>Nova palavra-passe para %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="211"/>
        <source>The old password stops working at once. A disabled account is enabled again.</source>
        <translation>A palavra-passe antiga deixa de funcionar imediatamente. Uma conta desativada é ativada de novo.</translation>
    </message>
    <message>
        <location filename="../ui/accounts_dialog.py" line="216"/>
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
        <location filename="../ui/case_list.py" line="69"/>
        <source>Refer</source>
        <translation>Referir</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="34"/>
        <location filename="../ui/case_list.py" line="70"/>
        <source>No signs</source>
        <translation>Sem sinais</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="45"/>
        <source>Today %1</source>
        <translation>Hoje %1</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="59"/>
        <source>Search patient ID or name (Ctrl+F)</source>
        <translation>Procurar ID ou nome do paciente (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="61"/>
        <source>Search</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="63"/>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="64"/>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="68"/>
        <source>Filter by result</source>
        <translation>Filtrar por resultado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="69"/>
        <source>All results</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="71"/>
        <source>Not screened</source>
        <translation>Não analisado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="74"/>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="75"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="75"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="76"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="74"/>
        <source>Patient ID</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="76"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="82"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="167"/>
        <source>Not finalised</source>
        <translation>Não finalizado</translation>
    </message>
    <message>
        <location filename="../ui/case_list.py" line="168"/>
        <source>no ID yet</source>
        <translation>ainda sem ID</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_list.py" line="195"/>
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
        <location filename="../ui/main_window.py" line="42"/>
        <source>%1 is already stored (patient %2, file %3, imported %4); it was not added again.</source>
        <translation>%1 já está guardado (paciente %2, ficheiro %3, importado %4); não foi adicionado de novo.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="45"/>
        <source>no ID yet</source>
        <translation>ainda sem ID</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="64"/>
        <source>CXR Screen — chest X-ray screening aid</source>
        <translation>CXR Screen — auxiliar de rastreio em radiografia do tórax</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="84"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="85"/>
        <location filename="../ui/main_window.py" line="160"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="86"/>
        <source>Patient details and notes (Ctrl+1)</source>
        <translation>Dados do paciente e notas (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="87"/>
        <source>Clinician review (Ctrl+2)</source>
        <translation>Revisão do clínico (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="142"/>
        <source>Import X-rays…</source>
        <translation>Importar radiografias…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="143"/>
        <source>Finalise</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="145"/>
        <source>Finalise the case and queue it for sending</source>
        <translation>Finalizar o caso e pô-lo na fila de envio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147"/>
        <source>Print report…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="148"/>
        <source>Save report as PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="150"/>
        <source>Sync now</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151"/>
        <source>Send finalised cases to the hospital now</source>
        <translation>Enviar agora os casos finalizados ao hospital</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="152"/>
        <source>Settings…</source>
        <translation>Definições…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>Accounts…</source>
        <translation>Contas…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>Change your password; administrators add and disable accounts</source>
        <translation>Mudar a sua palavra-passe; os administradores adicionam e desativam contas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="156"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="157"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="158"/>
        <source>Search</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="159"/>
        <source>Case form</source>
        <translation>Ficha do caso</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="161"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="162"/>
        <source>Main actions</source>
        <translation>Ações principais</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="206"/>
        <source>Screening is not possible: %1</source>
        <translation>A análise não é possível: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="249"/>
        <source>Loading the image…</source>
        <translation>A carregar a imagem…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="318"/>
        <source>Finalised: the case is queued to be sent.</source>
        <translation>Finalizado: o caso está na fila para ser enviado.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="319"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="325"/>
        <source>Review recorded.</source>
        <translation>Revisão registada.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="341"/>
        <source>Import X-rays</source>
        <translation>Importar radiografias</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="342"/>
        <source>X-ray images (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;All files (*)</source>
        <translation>Imagens de radiografia (*.dcm *.DCM *.dicom *.jpg *.jpeg *.png *.JPG *.PNG);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="359"/>
        <source>Importing</source>
        <translation>A importar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="389"/>
        <source>From the watched folder:</source>
        <translation>Da pasta vigiada:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="391"/>
        <source>%n X-ray(s) screened.</source>
        <translation>
            <numerusform>%n radiografia analisada.</numerusform>
            <numerusform>%n radiografias analisadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="393"/>
        <source>The case on the screen is unchanged; the new case is in the list.</source>
        <translation>O caso no ecrã não mudou; o novo caso está na lista.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="396"/>
        <source>%1 cannot be screened: %2</source>
        <translation>%1 não pode ser analisado: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="400"/>
        <source>…and %n more file(s) could not be screened.</source>
        <translation>
            <numerusform>…e mais %n ficheiro não pôde ser analisado.</numerusform>
            <numerusform>…e mais %n ficheiros não puderam ser analisados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <source>The child was not screened. If the child is unwell, refer to a clinician now; do not wait for a new X-ray.</source>
        <translation>A criança não foi analisada. Se a criança estiver mal, refira-a a um clínico agora; não espere por uma nova radiografia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="407"/>
        <source>…and %n more file(s) were already stored.</source>
        <translation>
            <numerusform>…e mais %n ficheiro já estava guardado.</numerusform>
            <numerusform>…e mais %n ficheiros já estavam guardados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="410"/>
        <source>Import stopped: the remaining files were not imported.</source>
        <translation>Importação parada: os ficheiros restantes não foram importados.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="412"/>
        <source>No files to import.</source>
        <translation>Não há ficheiros para importar.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="435"/>
        <source>Save report as PDF</source>
        <translation>Guardar o relatório em PDF</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="436"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="460"/>
        <source>Report saved: %1</source>
        <translation>Relatório guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="490"/>
        <source>Report sent to the printer.</source>
        <translation>Relatório enviado para a impressora.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="535"/>
        <source>No server is set up. Open Settings (Ctrl+,) and enter the server address.</source>
        <translation>Nenhum servidor está configurado. Abra as Definições (Ctrl+,) e introduza o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="540"/>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="587"/>
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
    <name>NotScreened</name>
    <message>
        <location filename="../ui/not_screened.py" line="41"/>
        <source>NOT SCREENED</source>
        <translation>NÃO ANALISADO</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="65"/>
        <source>%1 may still show the chest: you can send it, NOT screened, for a clinician&apos;s reading.</source>
        <translation>%1 talvez mostre o tórax: pode enviá-lo, NÃO analisado, para leitura por um clínico.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="68"/>
        <source>Send for a &amp;clinician&apos;s reading</source>
        <translation>Enviar para leitura por um &amp;clínico</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="77"/>
        <source>Send without screening?</source>
        <translation>Enviar sem análise?</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="78"/>
        <source>CXR Screen did NOT screen this X-ray and gives no result for it. It will be stored as &quot;Not screened&quot; and, once you finalise it, sent to the hospital for a clinician to read. CXR Screen is a screening aid, not a diagnosis.</source>
        <translation>O CXR Screen NÃO analisou esta radiografia e não dá nenhum resultado para ela. Será guardada como &quot;Não analisado&quot; e, depois de a finalizar, enviada ao hospital para um clínico a ler. O CXR Screen é um auxiliar de rastreio, não é um diagnóstico.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="87"/>
        <source>&amp;Send for reading</source>
        <translation>&amp;Enviar para leitura</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="89"/>
        <source>&amp;Go back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="123"/>
        <source>Stored as NOT SCREENED: it is in the list. Open it, type the child&apos;s details, then Finalise to send it for a clinician&apos;s reading.</source>
        <translation>Guardado como NÃO ANALISADO: está na lista. Abra-o, escreva os dados da criança e depois Finalizar para o enviar para leitura por um clínico.</translation>
    </message>
    <message>
        <location filename="../ui/not_screened.py" line="130"/>
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
        <location filename="../ui/settings_dialog.py" line="22"/>
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
        <location filename="../ui/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="53"/>
        <source>unchanged</source>
        <translation>inalterada</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="54"/>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="55"/>
        <location filename="../ui/settings_dialog.py" line="109"/>
        <source>CA certificate file</source>
        <translation>Ficheiro do certificado CA</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="56"/>
        <source>Send finalised cases automatically when the server can be reached</source>
        <translation>Enviar automaticamente os casos finalizados quando o servidor estiver acessível</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <location filename="../ui/settings_dialog.py" line="111"/>
        <source>Watched folder</source>
        <translation>Pasta vigiada</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="61"/>
        <source>The model&apos;s default</source>
        <translation>O predefinido do modelo</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="87"/>
        <source>Only an administrator (IT) can change the operating point.</source>
        <translation>Só um administrador (a informática) pode mudar o ponto de operação.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="99"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="106"/>
        <source>Server address (DICOMweb)</source>
        <translation>Endereço do servidor (DICOMweb)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="107"/>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="108"/>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="112"/>
        <source>Operating point</source>
        <translation>Ponto de operação</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <source>Data folder (restart to apply)</source>
        <translation>Pasta de dados (ao reiniciar)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="117"/>
        <source>Language (restart to apply)</source>
        <translation>Língua (ao reiniciar)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>Values left as the site configuration sets them follow it. The password is stored encrypted on this laptop.</source>
        <translation>Os valores deixados como a configuração do local os define seguem-na. A palavra-passe é guardada cifrada neste computador.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>The CA certificate file does not exist: %1</source>
        <translation>O ficheiro do certificado CA não existe: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="177"/>
        <source>The watched folder does not exist: %1</source>
        <translation>A pasta vigiada não existe: %1</translation>
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
