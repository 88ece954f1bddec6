<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountabilityDialog</name>
    <message>
        <source>Accountability package</source>
        <translation>Expediente de rendición de cuentas</translation>
    </message>
    <message>
        <source>&amp;Export the package as PDF…</source>
        <translation>&amp;Exportar el expediente como PDF…</translation>
    </message>
    <message>
        <source>Choose the language and an optional password, then where to save it</source>
        <translation>Elija el idioma y, si lo desea, una contraseña; después, dónde guardarlo</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete %1 and the conduct recorded for them from this case? This cannot be undone.</source>
        <translation>¿Eliminar a %1 y la conducta registrada de esa persona en este caso? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>AccountabilityEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>The last change could not be saved: %1</source>
        <translation>No se pudo guardar el último cambio: %1</translation>
    </message>
</context>
<context>
    <name>AccountabilityExportDialog</name>
    <message>
        <source>Export the accountability package</source>
        <translation>Exportar el expediente de rendición de cuentas</translation>
    </message>
    <message>
        <source>The package is a separate document from the brief: it names the people responsible. It is saved only where you choose.</source>
        <translation>El expediente es un documento aparte del dosier: nombra a las personas responsables. Solo se guarda donde usted elija.</translation>
    </message>
    <message>
        <source>&amp;Language of the package:</source>
        <translation>&amp;Idioma del expediente:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the accountability package as PDF</source>
        <translation>Guardar el expediente de rendición de cuentas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>The package could not be prepared (%1).</source>
        <translation>No se pudo preparar el expediente (%1).</translation>
    </message>
</context>
<context>
    <name>AccountabilityIntro</name>
    <message>
        <source>The United States can refuse entry to officials involved in gross violations of human rights or significant corruption (Section 7031(c)), and can freeze their assets and bar dealings with them (Global Magnitsky sanctions). Anyone may send the State Department information for such a decision. Here you record who is responsible, what they did, which events of your timeline show it and what evidence exists, then print it as a separate document.</source>
        <extracomment>The reference entries this panel links to, in the order of its buttons.</extracomment>
        <translation>Estados Unidos puede negar la entrada a funcionarios implicados en violaciones graves de los derechos humanos o en corrupción significativa (Sección 7031(c)), y puede congelar sus bienes y prohibir cualquier trato con ellos (sanciones Global Magnitsky). Cualquier persona puede enviar al Departamento de Estado información para una decisión de este tipo. Aquí usted registra quién es responsable, qué hizo, qué hechos de su cronología lo muestran y qué pruebas existen, y luego lo imprime como un documento aparte.</translation>
    </message>
    <message>
        <source>This package names people who may retaliate. Keep it confidential and send it only through a channel you trust. Decisions are slow, often more than a year, and you may never hear the outcome. It does not replace urgent protection.</source>
        <translation>Este expediente nombra a personas que pueden tomar represalias. Manténgalo en reserva y envíelo solo por un canal de confianza. Las decisiones son lentas, a menudo tardan más de un año, y es posible que nunca conozca el resultado. No sustituye a la protección urgente.</translation>
    </message>
    <message>
        <source>About Section &amp;7031(c)</source>
        <translation>Sobre la Sección &amp;7031(c)</translation>
    </message>
    <message>
        <source>About &amp;Global Magnitsky</source>
        <translation>Sobre las sanciones &amp;Global Magnitsky</translation>
    </message>
    <message>
        <source>Preparing a &amp;submission</source>
        <translation>Cómo preparar una pr&amp;opuesta</translation>
    </message>
    <message>
        <source>Opens the entry in Reference</source>
        <translation>Abre la ficha en la Guía</translation>
    </message>
</context>
<context>
    <name>AccountabilityPeoplePanel</name>
    <message>
        <source>People responsible</source>
        <translation>Personas responsables</translation>
    </message>
    <message>
        <source>Full name of a person responsible</source>
        <translation>Nombre completo de una persona responsable</translation>
    </message>
    <message>
        <source>Full name of a new person responsible</source>
        <translation>Nombre completo de una nueva persona responsable</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add this person to the list</source>
        <translation>Añadir esta persona a la lista</translation>
    </message>
    <message>
        <source>No one is listed yet. Type the full name of a person responsible above and press Enter.</source>
        <translation>Todavía no hay nadie en la lista. Escriba arriba el nombre completo de una persona responsable y pulse Intro.</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Ed&amp;itar</translation>
    </message>
    <message>
        <source>Edit the selected person&apos;s details</source>
        <translation>Editar los datos de la persona seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Delete the selected person and the conduct recorded for them</source>
        <translation>Eliminar la persona seleccionada y la conducta registrada de ella</translation>
    </message>
</context>
<context>
    <name>AccountabilityPersonForm</name>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>Other names or spe&amp;llings:</source>
        <translation>Otros nombres o g&amp;rafías:</translation>
    </message>
    <message>
        <source>&amp;Country of birth:</source>
        <translation>&amp;País de nacimiento:</translation>
    </message>
    <message>
        <source>Date or &amp;year of birth:</source>
        <translation>&amp;Fecha o año de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Position or unit:</source>
        <translation>Cargo o uni&amp;dad:</translation>
    </message>
    <message>
        <source>Notes on this pe&amp;rson:</source>
        <translation>No&amp;tas sobre esta persona:</translation>
    </message>
    <message>
        <source>Separate them with semicolons</source>
        <translation>Sepárelos con punto y coma</translation>
    </message>
    <message>
        <source>1971, 1971-04 or 1971-04-23</source>
        <translation>1971, 1971-04 o 1971-04-23</translation>
    </message>
    <message>
        <source>Appro&amp;ximate</source>
        <translation>Apro&amp;ximado</translation>
    </message>
    <message>
        <source>Tick when the year is an estimate</source>
        <translation>Márquelo cuando el año sea una estimación</translation>
    </message>
    <message>
        <source>At the time of the conduct</source>
        <translation>En el momento de los hechos</translation>
    </message>
    <message>
        <source>Anything else that tells this person apart, and how you know it</source>
        <translation>Cualquier otro dato que permita distinguir a esta persona, y cómo lo sabe</translation>
    </message>
    <message>
        <source>Notes on this person</source>
        <translation>Notas sobre esta persona</translation>
    </message>
    <message>
        <source>Cond&amp;uct</source>
        <translation>Cond&amp;ucta</translation>
    </message>
    <message>
        <source>Tick what this person did. Select a ticked line to link its events and evidence below.</source>
        <translation>Marque lo que hizo esta persona. Seleccione una línea marcada para vincular abajo sus hechos y pruebas.</translation>
    </message>
    <message>
        <source>Conduct of this person</source>
        <translation>Conducta de esta persona</translation>
    </message>
    <message>
        <source>Remove “%1” from this person, with what you wrote and the events linked to it?</source>
        <translation>¿Quitar «%1» de esta persona, con lo que escribió y los hechos vinculados?</translation>
    </message>
    <message>
        <source>A person needs a full name; the last one is kept until you type one.</source>
        <translation>Una persona necesita un nombre completo; se conserva el anterior hasta que escriba uno.</translation>
    </message>
    <message>
        <source>Remove conduct</source>
        <translation>Quitar conducta</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>hrdesk is already open</source>
        <translation>hrdesk ya está abierto</translation>
    </message>
    <message>
        <source>This vault is already open in another hrdesk window. Use that window.</source>
        <translation>Esta caja fuerte ya está abierta en otra ventana de hrdesk. Use esa ventana.</translation>
    </message>
</context>
<context>
    <name>AutoBackupStatus</name>
    <message>
        <source>Automatic backup: %1% done</source>
        <translation>Copia de seguridad automática: %1&#xa0;% hecho</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up — hrdesk</source>
        <translation>Copia de seguridad — hrdesk</translation>
    </message>
    <message>
        <source>Back up your vault</source>
        <translation>Haga una copia de seguridad de su caja fuerte</translation>
    </message>
    <message>
        <source>The backup is one encrypted file that holds your whole vault. Without its passphrase it shows nothing but its size, so you can copy it to a USB stick or another computer. Keep it away from this computer: it is what lets you start again if this one is lost, seized or broken.</source>
        <translation>La copia de seguridad es un único archivo cifrado que contiene toda su caja fuerte. Sin su frase de contraseña no revela nada más que su tamaño, así que puede copiarla en una memoria USB o en otro equipo. Guárdela lejos de este equipo: es lo que le permitirá empezar de nuevo si lo pierde, se lo quitan o se avería.</translation>
    </message>
    <message>
        <source>Protect the backup with:</source>
        <translation>Proteger la copia de seguridad con:</translation>
    </message>
    <message>
        <source>The &amp;vault&apos;s passphrase</source>
        <translation>&amp;La frase de contraseña de la caja fuerte</translation>
    </message>
    <message>
        <source>A &amp;separate passphrase, only for this backup</source>
        <translation>Otra frase de contraseña, &amp;solo para esta copia</translation>
    </message>
    <message>
        <source>Vault &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la caja fuerte:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Frase de contraseña de la caja fuerte</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase</source>
        <translation>Repita la frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>You will need this passphrase to restore the backup, and the restored vault will open with it. If you forget it, nobody can open the backup.</source>
        <translation>Necesitará esta frase de contraseña para restaurar la copia, y la caja fuerte restaurada se abrirá con ella. Si la olvida, nadie podrá abrir la copia.</translation>
    </message>
    <message>
        <source>Choose a file and &amp;back up…</source>
        <translation>Elegir un archivo y &amp;hacer la copia…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase first.</source>
        <translation>Escriba primero la frase de contraseña de la caja fuerte.</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Guardar la copia de seguridad</translation>
    </message>
    <message>
        <source>hrdesk backups (*%1);;All files (*)</source>
        <translation>Copias de seguridad de hrdesk (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backing up… This can take a moment.</source>
        <translation>Haciendo la copia de seguridad… Puede tardar un momento.</translation>
    </message>
    <message>
        <source>Backing up… %1% done.</source>
        <translation>Haciendo la copia de seguridad… %1&#xa0;% hecho.</translation>
    </message>
    <message>
        <source>Done. The backup is saved in %1 (%2). You can now copy it to a USB stick or another safe place.</source>
        <translation>Listo. La copia de seguridad está guardada en %1 (%2). Ya puede copiarla en una memoria USB o en otro lugar seguro.</translation>
    </message>
    <message>
        <source>This is not the vault&apos;s passphrase. No backup was written.</source>
        <translation>Esa no es la frase de contraseña de la caja fuerte. No se ha guardado ninguna copia.</translation>
    </message>
    <message>
        <source>The disk that holds the vault is full: the backup could not be made. Free some space and try again.</source>
        <translation>El disco donde está la caja fuerte está lleno: no se ha podido hacer la copia. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is not enough space in %1 for the backup. No backup was written. Free some space or choose another place, such as a USB stick.</source>
        <translation>No hay espacio suficiente en %1 para la copia de seguridad. No se ha guardado ninguna copia. Libere espacio o elija otro lugar, por ejemplo una memoria USB.</translation>
    </message>
    <message>
        <source>hrdesk cannot write in %1 (the folder is missing, read-only or not yours). No backup was written. Choose another folder.</source>
        <translation>hrdesk no puede escribir en %1 (la carpeta no existe, es de solo lectura o no es suya). No se ha guardado ninguna copia. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The backup could not be written in %1: %2. No backup was written.</source>
        <translation>No se ha podido escribir la copia de seguridad en %1: %2. No se ha guardado ninguna copia.</translation>
    </message>
    <message>
        <source>The backup could not be made. No backup was written.</source>
        <translation>No se ha podido hacer la copia de seguridad. No se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>Basics</source>
        <translation>Datos básicos</translation>
    </message>
    <message>
        <source>The basics of the case</source>
        <translation>Los datos básicos del caso</translation>
    </message>
    <message>
        <source>Who is at risk, where, and what is happening, in a few words. You can use a pseudonym: you decide later what is printed.</source>
        <translation>En pocas palabras: quién está en riesgo, dónde y qué está ocurriendo. Puede usar un seudónimo: más adelante decidirá qué se imprime.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title of the case</source>
        <translation>Título del caso</translation>
    </message>
    <message>
        <source>A name you will recognise</source>
        <translation>Un nombre que usted reconozca</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country where the defender works</source>
        <translation>País donde trabaja la persona defensora</translation>
    </message>
    <message>
        <source>Country where the defender works (name or two-letter code)</source>
        <translation>País donde trabaja la persona defensora (nombre o código de dos letras)</translation>
    </message>
    <message>
        <source>&amp;Who is at risk:</source>
        <translation>&amp;Quién está en riesgo:</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>Quién está en riesgo</translation>
    </message>
    <message>
        <source>A name or a pseudonym</source>
        <translation>Un nombre o un seudónimo</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>What is happening, and why you are at risk</source>
        <translation>Qué está ocurriendo y por qué está en riesgo</translation>
    </message>
    <message>
        <source>Three facts that shape the advice</source>
        <translation>Tres datos que orientan las recomendaciones</translation>
    </message>
    <message>
        <source>People named in the case</source>
        <translation>Personas mencionadas en el caso</translation>
    </message>
    <message>
        <source>A &amp;business activity is involved</source>
        <translation>Hay una actividad &amp;empresarial implicada</translation>
    </message>
    <message>
        <source>For example a mine, a plantation or a dam. Suggests meeting the economic officer too.</source>
        <translation>Por ejemplo, una mina, una plantación o una represa. Se sugiere reunirse también con la persona responsable de asuntos económicos.</translation>
    </message>
    <message>
        <source>Security forces are &amp;involved</source>
        <translation>Hay fuerzas de &amp;seguridad implicadas</translation>
    </message>
    <message>
        <source>Police, army or intelligence. The human rights officer can bring colleagues who follow security matters; hrdesk does not ask for them in writing.</source>
        <translation>Policía, ejército o servicios de inteligencia. La persona responsable de derechos humanos puede traer a colegas que siguen los asuntos de seguridad; hrdesk no los pide por escrito.</translation>
    </message>
    <message>
        <source>The case is hi&amp;gh-profile</source>
        <translation>El caso es de a&amp;lto perfil</translation>
    </message>
    <message>
        <source>Known nationally or abroad. Suggests the ambassador or the deputy chief of mission.</source>
        <translation>Es conocido en el país o en el extranjero. Se sugiere incluir al embajador o al jefe adjunto de misión.</translation>
    </message>
    <message>
        <source>A case needs a title. The old title “%1” is kept until you type a new one.</source>
        <translation>Un caso necesita un título. Se conserva el título anterior, «%1», hasta que escriba uno nuevo.</translation>
    </message>
</context>
<context>
    <name>BriefExportDialog</name>
    <message>
        <source>Print or save the brief</source>
        <extracomment>The length the app&apos;s own advice gives for a hand-over brief. Milliseconds to wait after a change before rendering again (typing an embassy name).</extracomment>
        <translation>Imprimir o guardar el dosier</translation>
    </message>
    <message>
        <source>&amp;Email draft…</source>
        <translation>&amp;Borrador de correo…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Preview of the brief</source>
        <translation>Vista previa del dosier</translation>
    </message>
    <message>
        <source>The brief could not be prepared (%1).</source>
        <translation>No se pudo preparar el dosier (%1).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n. Nothing is saved until you choose Save as PDF.</source>
        <translation>
            <numerusform>%n página. No se guarda nada hasta que elija «Guardar como PDF».</numerusform>
            <numerusform>%n páginas. No se guarda nada hasta que elija «Guardar como PDF».</numerusform>
        </translation>
    </message>
    <message>
        <source>This is longer than the two pages an officer is likely to read. Consider leaving out sections, shortening the timeline, or marking some items for your speaker notes only.</source>
        <translation>Es más largo que las dos páginas que probablemente leerá la persona de la embajada. Considere quitar secciones, acortar la cronología o marcar algunos elementos solo para sus notas personales.</translation>
    </message>
    <message>
        <source>Save the brief as PDF</source>
        <translation>Guardar el dosier como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>No se pudo guardar el PDF: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Dosier</translation>
    </message>
</context>
<context>
    <name>BriefOptionsPanel</name>
    <message>
        <source>&amp;Language of the brief:</source>
        <translation>&amp;Idioma del dosier:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;For the embassy:</source>
        <translation>Para la &amp;embajada:</translation>
    </message>
    <message>
        <source>Brief to hand over to the embassy</source>
        <translation>Dosier para entregar a la embajada</translation>
    </message>
    <message>
        <source>My speaker notes (adds items for my eyes only)</source>
        <translation>Mis notas personales (incluyen también lo marcado «Solo para mí»)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>No government is recognised in this name, so the brief cannot cite its policy. Type a country&apos;s name or its two-letter code (Canada, CA).</source>
        <translation>En este nombre no se reconoce ningún gobierno, así que el dosier no podrá citar su política. Escriba el nombre de un país o su código de dos letras (Canadá, CA).</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>Our request</source>
        <translation>Nuestra solicitud</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Cronología de los hechos</translation>
    </message>
    <message>
        <source>Previous outreach</source>
        <translation>Gestiones previas</translation>
    </message>
    <message>
        <source>Contact history with the embassy</source>
        <translation>Historial de contactos con la embajada</translation>
    </message>
    <message>
        <source>Replace the names of people with &quot;Person A&quot;, &quot;Person B&quot;…</source>
        <translation>Sustituir los nombres de las personas por «Persona A», «Persona B»…</translation>
    </message>
    <message>
        <source>The names typed as the person at risk, the people of each event and the contacts are replaced everywhere, each word of them too, with Arabic prefixes and Russian case forms; institutions and &quot;Unknown&quot; stay. Nicknames, spellings never typed there and details that identify someone are not caught: read the preview.</source>
        <translation>Los nombres escritos como persona en riesgo, personas de cada hecho y contactos se sustituyen en todo el documento, también cada una de sus palabras, con los prefijos del árabe y las declinaciones del ruso; las instituciones y «Desconocido» se mantienen. No se detectan apodos, grafías que nunca se escribieron ahí ni detalles que identifiquen a alguien: revise la vista previa.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>The last change could not be saved: %1</source>
        <translation>No se pudo guardar el último cambio: %1</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <source>Export a case file</source>
        <translation>Exportar el archivo del caso</translation>
    </message>
    <message>
        <source>A case file is NOT encrypted. Anyone who finds it can read the whole case. Keep it on an encrypted drive and delete it once it has reached its destination.

Continue?</source>
        <translation>El archivo del caso NO está cifrado. Cualquier persona que lo encuentre podrá leer todo el caso. Guárdelo en una unidad cifrada y elimínelo en cuanto haya llegado a su destino.

¿Desea continuar?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this case are marked “Never print”. Include them in the file too? Choose Yes to include them, Cancel to leave them out.</source>
        <translation>
            <numerusform>%n elemento de este caso está marcado como «No imprimir nunca». ¿Quiere incluirlo también en el archivo? Elija «Sí» para incluirlo o «Cancelar» para dejarlo fuera.</numerusform>
            <numerusform>%n elementos de este caso están marcados como «No imprimir nunca». ¿Quiere incluirlos también en el archivo? Elija «Sí» para incluirlos o «Cancelar» para dejarlos fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>hrdesk case files (*.json)</source>
        <translation>Archivos de caso de hrdesk (*.json)</translation>
    </message>
    <message>
        <source>The case file could not be written: %1</source>
        <translation>No se pudo escribir el archivo del caso: %1</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>Importar un archivo de caso</translation>
    </message>
    <message>
        <source>hrdesk case files (*.json);;All files (*)</source>
        <translation>Archivos de caso de hrdesk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. The file has a problem:
%1</source>
        <translation>No se importó nada. El archivo tiene un problema:
%1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 of %2</source>
        <comment>readiness: 3 of 4 checks done</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation>Todo listo: aquí está todo lo que necesita la embajada.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Todavía falta:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time: 4 December 2026, 10:15</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Start preparing a new case (Ctrl+N)</source>
        <translation>Empezar a preparar un caso nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Export case file…</source>
        <translation>Exportar el archivo del caso…</translation>
    </message>
    <message>
        <source>Import case file…</source>
        <translation>Importar un archivo de caso…</translation>
    </message>
    <message>
        <source>Filter by title or country</source>
        <translation>Filtrar por título o país</translation>
    </message>
    <message>
        <source>Filter cases by title or country</source>
        <translation>Filtrar los casos por título o país</translation>
    </message>
    <message>
        <source>Show cases with this status</source>
        <translation>Mostrar los casos con este estado</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Archived cases</source>
        <translation>Casos archivados</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Cases, most recently changed first</source>
        <translation>Casos, empezando por el modificado más recientemente</translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation>Ningún caso coincide</translation>
    </message>
    <message>
        <source>No case matches the filter. Change the words or the status above, or show all cases.</source>
        <translation>Ningún caso coincide con el filtro. Cambie las palabras o el estado de arriba, o muestre todos los casos.</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>Mostrar todos los casos</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Todavía no hay casos</translation>
    </message>
    <message>
        <source>A case gathers the three things an embassy needs from you: your specific request for help, the facts as a timeline of events, and the outreach you have already done. The wizard walks you through them; everything is saved as you type.</source>
        <translation>Un caso reúne las tres cosas que una embajada necesita de usted: su petición concreta de ayuda, los hechos en forma de cronología y las gestiones que ya ha hecho. El asistente le guía paso a paso; todo se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation>Cambiar el nombre del caso</translation>
    </message>
    <message>
        <source>A case needs a title. The old title is kept.</source>
        <translation>Un caso necesita un título. Se conserva el título anterior.</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>«%1» se ha archivado.</translation>
    </message>
    <message>
        <source>“%1” is open again.</source>
        <translation>«%1» vuelve a estar abierto.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Eliminar el caso</translation>
    </message>
    <message>
        <source>Delete the case “%1” with its timeline and outreach? You can undo this for a few seconds.</source>
        <translation>¿Eliminar el caso «%1» con su cronología y sus gestiones previas? Podrá deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>Case file written to %1. It is not encrypted: delete it once it has been used.</source>
        <translation>Archivo del caso guardado en %1. No está cifrado: elimínelo en cuanto lo haya usado.</translation>
    </message>
    <message>
        <source>The case file was imported.</source>
        <translation>Se importó el archivo del caso.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Log an interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <source>&amp;Contact with embassies about this case</source>
        <translation>&amp;Contactos con embajadas sobre este caso</translation>
    </message>
    <message>
        <source>No contact with an embassy logged for this case yet. Engage early: be known before an emergency.</source>
        <translation>Todavía no hay contactos con embajadas registrados para este caso. Establezca relación desde el principio: es mejor que le conozcan antes de una emergencia.</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Back to the list of cases; everything is saved</source>
        <translation>Volver a la lista de casos; todo está guardado</translation>
    </message>
    <message>
        <source>Steps of the case wizard</source>
        <translation>Pasos del asistente de casos</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, step name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Brief…</source>
        <translation>Dosier…</translation>
    </message>
    <message>
        <source>Preview, print or save the brief for the embassy (Ctrl+P)</source>
        <translation>Ver, imprimir o guardar el dosier para la embajada (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Accountability…</source>
        <translation>Rendición de &amp;cuentas…</translation>
    </message>
    <message>
        <source>The people responsible, for a Section 7031(c) or Global Magnitsky submission</source>
        <translation>Las personas responsables, para una propuesta en virtud de la Sección 7031(c) o de Global Magnitsky</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous step (Ctrl+Page Up)</source>
        <translation>Paso anterior (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Page Down)</source>
        <translation>Paso siguiente (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <comment>readiness: 3 of 4 ready</comment>
        <translation>Preparación: %1</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Repetir la nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>Se ha cambiado la frase de contraseña.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>No se pudo cambiar la frase de contraseña. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ConductDetails</name>
    <message>
        <source>&amp;What they did:</source>
        <translation>&amp;Qué hizo:</translation>
    </message>
    <message>
        <source>In a few sentences: what this person did, when and where, and to whom</source>
        <translation>En pocas frases: qué hizo esta persona, cuándo, dónde y a quién</translation>
    </message>
    <message>
        <source>What this person did</source>
        <translation>Qué hizo esta persona</translation>
    </message>
    <message>
        <source>Even&amp;ts of the timeline that show it:</source>
        <translation>Hechos de la crono&amp;logía que lo muestran:</translation>
    </message>
    <message>
        <source>Timeline events linked to this conduct</source>
        <translation>Hechos de la cronología vinculados a esta conducta</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>date of an event, then what happened</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The timeline of this case has no events yet. Add them in step 3 of the case wizard.</source>
        <translation>La cronología de este caso todavía no tiene hechos. Añádalos en el paso 3 del asistente de casos.</translation>
    </message>
    <message>
        <source>Notes on the e&amp;vidence:</source>
        <translation>Notas sobre las prue&amp;bas:</translation>
    </message>
    <message>
        <source>What evidence exists and where it is kept (not the evidence itself)</source>
        <translation>Qué pruebas existen y dónde se guardan (no las pruebas en sí)</translation>
    </message>
    <message>
        <source>Notes on the evidence</source>
        <translation>Notas sobre las pruebas</translation>
    </message>
    <message>
        <source>Events and evidence for: %1</source>
        <translation>Hechos y pruebas de: %1</translation>
    </message>
    <message>
        <source>Tick this kind of conduct above to link events and evidence to it.</source>
        <translation>Marque arriba este tipo de conducta para vincularle hechos y pruebas.</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Done (%1)</source>
        <comment>a follow-up that was done</comment>
        <translation>Realizado (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Embajada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Officers in post</source>
        <translation>Funcionarios en el puesto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
</context>
<context>
    <name>ContactLabels</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a reception, a panel or another event where an officer was met</comment>
        <translation>Acto</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita sobre el terreno</translation>
    </message>
    <message>
        <source>Court hearing attended</source>
        <translation>Asistencia a una audiencia</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>something we asked for</comment>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Commitment</source>
        <comment>something the embassy said it would do</comment>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>the officer says something is being done</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>status of a request</comment>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>En el puesto</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>an officer who left the post</comment>
        <translation>Dejó el puesto</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Atrás (Esc)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>ContactRefusals</name>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>Indique el nombre del funcionario.</translation>
    </message>
    <message>
        <source>Say which government the embassy or office represents.</source>
        <translation>Indique qué gobierno representa la embajada u oficina.</translation>
    </message>
    <message>
        <source>Say what was asked or promised.</source>
        <translation>Indique qué se pidió o se prometió.</translation>
    </message>
    <message>
        <source>Tick at least one officer you were in touch with.</source>
        <translation>Marque al menos un funcionario con quien haya estado en contacto.</translation>
    </message>
    <message>
        <source>Choose the embassy. If it is not in the list yet, add it first.</source>
        <translation>Elija la embajada. Si todavía no está en la lista, añádala primero.</translation>
    </message>
    <message numerus="yes">
        <source>This officer appears in %n interactions, so deleting them would change your history. If they moved on, mark them as left instead.</source>
        <translation>
            <numerusform>Esta persona aparece en %n interacción: si la elimina, cambiaría el historial de contactos. Si ha cambiado de destino, indique que dejó el puesto en lugar de eliminarla.</numerusform>
            <numerusform>Esta persona aparece en %n interacciones: si la elimina, cambiaría el historial de contactos. Si ha cambiado de destino, indique que dejó el puesto en lugar de eliminarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers are recorded at this embassy. Their history stays with the embassy, so it cannot be deleted.</source>
        <translation>
            <numerusform>Hay %n funcionario registrado en esta embajada. Su historial permanece vinculado a la embajada, por eso la embajada no se puede eliminar.</numerusform>
            <numerusform>Hay %n funcionarios registrados en esta embajada. Su historial permanece vinculado a la embajada, por eso la embajada no se puede eliminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The posting cannot end before it starts.</source>
        <translation>El destino no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>An officer cannot succeed themselves.</source>
        <translation>El sucesor no puede ser la misma persona.</translation>
    </message>
    <message>
        <source>Choose an officer of the same embassy, or keep them with the embassy.</source>
        <translation>Elija un funcionario de la misma embajada o déjelos a cargo de la embajada.</translation>
    </message>
    <message>
        <source>This officer has left too. Choose someone still in post.</source>
        <translation>Este funcionario también ha dejado el puesto. Elija a alguien que siga en él.</translation>
    </message>
    <message>
        <source>This record no longer exists. The list has been refreshed.</source>
        <translation>Este registro ya no existe. Se ha actualizado la lista.</translation>
    </message>
</context>
<context>
    <name>ContactsScreen</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message>
        <source>Add an embassy first</source>
        <translation>Primero añada una embajada</translation>
    </message>
    <message>
        <source>An interaction is with an officer of an embassy. Add the embassy now, then the officer you met?</source>
        <translation>Una interacción es con un funcionario de una embajada. ¿Añadir ahora la embajada y después el funcionario con quien habló?</translation>
    </message>
    <message>
        <source>Add an officer first</source>
        <translation>Primero añada un funcionario</translation>
    </message>
    <message>
        <source>An interaction is with one or more officers. Add the officer you met now?</source>
        <translation>Una interacción es con uno o más funcionarios. ¿Añadir ahora el funcionario con quien habló?</translation>
    </message>
    <message>
        <source>Search officers, embassies and interactions (Ctrl+F)</source>
        <translation>Buscar funcionarios, embajadas e interacciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the contact log</source>
        <translation>Buscar en el registro de contactos</translation>
    </message>
    <message>
        <source>&amp;Log an interaction</source>
        <translation>&amp;Registrar una interacción</translation>
    </message>
    <message>
        <source>Log a meeting, call, email or event (Ctrl+N)</source>
        <translation>Registrar una reunión, una llamada, un correo electrónico o un acto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Añadir un funcionario</translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation>Añadir una embajada</translation>
    </message>
    <message>
        <source>Track a request</source>
        <translation>Registrar una petición</translation>
    </message>
    <message>
        <source>Track a request you made or a commitment an officer made</source>
        <translation>Registrar una petición que usted hizo o un compromiso que asumió un funcionario</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your vault — hrdesk</source>
        <translation>Cree su caja fuerte — hrdesk</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Cree su caja fuerte</translation>
    </message>
    <message>
        <source>hrdesk keeps your cases and contacts in one encrypted vault on this computer. Choose a passphrase to lock it: four or more unrelated words are easier to remember and much harder to guess than a short password.</source>
        <translation>hrdesk guarda sus casos y contactos en una única caja fuerte cifrada en este equipo. Elija una frase de contraseña para bloquearla: cuatro o más palabras sin relación entre sí son más fáciles de recordar y mucho más difíciles de adivinar que una contraseña corta.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repetir la frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <source>If you forget this passphrase, nobody can open the vault: not you, not the hrdesk developers, not anyone else. There is no reset. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Si olvida esta frase de contraseña, nadie podrá abrir la caja fuerte: ni usted, ni quienes desarrollan hrdesk, ni ninguna otra persona. No hay forma de restablecerla. Anótela y guárdela en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase &amp;cannot be recovered</source>
        <translation>Entiendo que una frase de contraseña olvidada &amp;no se puede recuperar</translation>
    </message>
    <message>
        <source>Create &amp;vault</source>
        <translation>&amp;Crear la caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Starting again on a new computer?</source>
        <translation>¿Empieza de nuevo en otro equipo?</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Please confirm that you understand a forgotten passphrase cannot be recovered.</source>
        <translation>Confirme que entiende que una frase de contraseña olvidada no se puede recuperar.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la caja fuerte…</translation>
    </message>
    <message>
        <source>The vault could not be written: %1</source>
        <translation>No se pudo escribir la caja fuerte: %1</translation>
    </message>
    <message>
        <source>The vault could not be created. Check that the folder is writable and try again.</source>
        <translation>No se pudo crear la caja fuerte. Compruebe que se puede escribir en la carpeta e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DangerLink</name>
    <message>
        <source>In danger now? What to do tonight</source>
        <translation>¿En peligro ahora? Qué hacer esta noche</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 %2</source>
        <comment>month name, then year: March 2024</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <comment>circa: an approximate date</comment>
        <translation>hacia %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: from a date until another</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type a year (2024), a month (2024-03) or a day (2024-03-05).</source>
        <translation>«%1» no es una fecha. Escriba un año (2024), un mes (2024-03) o un día (2024-03-05).</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no year 0.</source>
        <translation>«%1» no es una fecha: no existe el año 0.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«%1» no es una fecha: no existe el mes %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a date: %2 has only %n days.</source>
        <translation>
            <numerusform>«%1» no es una fecha: %2 solo tiene %n día.</numerusform>
            <numerusform>«%1» no es una fecha: %2 solo tiene %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosurePreview</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>What each printout will contain</source>
        <translation>Qué contendrá cada documento impreso</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>Hecho de la cronología</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Gestión previa</translation>
    </message>
    <message numerus="yes">
        <source>In the brief you hand over (%n item(s))</source>
        <translation>
            <numerusform>En el dosier que entrega (%n elemento)</numerusform>
            <numerusform>En el dosier que entrega (%n elementos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only in your speaker notes (%n item(s))</source>
        <translation>
            <numerusform>Solo en sus notas personales (%n elemento)</numerusform>
            <numerusform>Solo en sus notas personales (%n elementos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no printout (%n item(s))</source>
        <translation>
            <numerusform>En ningún documento impreso (%n elemento)</numerusform>
            <numerusform>En ningún documento impreso (%n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>disclosure level: what it means</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Case details and your request (%n)</source>
        <translation>
            <numerusform>Datos del caso y su petición (%n)</numerusform>
            <numerusform>Datos del caso y su petición (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n tipo de apoyo</numerusform>
            <numerusform>%n tipos de apoyo</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Who is at risk</source>
        <translation>Quién está en riesgo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Su petición</translation>
    </message>
    <message>
        <source>Support asked for</source>
        <translation>Apoyo solicitado</translation>
    </message>
    <message>
        <source>Embassies</source>
        <translation>Embajadas</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation>Qué podría hacer la embajada</translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message>
        <source>Meeting request email</source>
        <translation>Correo para solicitar una reunión</translation>
    </message>
    <message>
        <source>A short first message, as the reference advises: who you are, what your work is, and that you want to discuss a human rights concern, with no names or details of the case. Fill in the brackets, then copy it into your own mail program. hrdesk never sends anything.</source>
        <translation>Un primer mensaje breve, como aconseja la referencia: quién es usted, en qué consiste su trabajo y que desea tratar una cuestión de derechos humanos, sin nombres ni detalles del caso. Complete los corchetes y cópielo en su propio programa de correo. hrdesk nunca envía nada.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Detailed version…</source>
        <translation>Versión &amp;detallada…</translation>
    </message>
    <message>
        <source>This detailed draft contains the facts of the case and names. Ordinary email can be read by others: send it only through a channel the embassy has confirmed as safe.</source>
        <translation>Este borrador detallado contiene los hechos del caso y nombres. Un correo electrónico corriente puede ser leído por terceros: envíelo solo por un canal que la embajada haya confirmado como seguro.</translation>
    </message>
    <message>
        <source>Use the detailed draft?</source>
        <translation>¿Usar el borrador detallado?</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be emptied in %n seconds if it still holds the draft.</source>
        <translation>
            <numerusform>Copiado. El portapapeles se vaciará dentro de %n segundo si todavía contiene el borrador.</numerusform>
            <numerusform>Copiado. El portapapeles se vaciará dentro de %n segundos si todavía contiene el borrador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassiesEditor</name>
    <message>
        <source>A government, for example Canada or DE</source>
        <translation>Un gobierno, por ejemplo Canadá o DE</translation>
    </message>
    <message>
        <source>Government whose embassy to approach</source>
        <translation>Gobierno a cuya embajada se dirigirá</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation>Embajadas a las que dirigirse</translation>
    </message>
    <message>
        <source>Add each government whose embassy you will approach.</source>
        <translation>Añada cada gobierno a cuya embajada se dirigirá.</translation>
    </message>
    <message>
        <source>Consider approaching more than one embassy: guidance advises not to rely on a single government, which may be slow or unwilling to act.</source>
        <translation>Considere dirigirse a más de una embajada: las guías recomiendan no depender de un solo gobierno, que puede tardar en actuar o no estar dispuesto a hacerlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n embassies: good, several governments can act together.</source>
        <translation>
            <numerusform>%n embajada: bien, varios gobiernos pueden actuar juntos.</numerusform>
            <numerusform>%n embajadas: bien, varios gobiernos pueden actuar juntos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassyDialog</name>
    <message>
        <source>Add an embassy</source>
        <translation>Añadir una embajada</translation>
    </message>
    <message>
        <source>Edit the embassy</source>
        <translation>Editar la embajada</translation>
    </message>
    <message>
        <source>&amp;Government</source>
        <translation>&amp;Gobierno</translation>
    </message>
    <message>
        <source>For example: Canada</source>
        <translation>Por ejemplo: Canadá</translation>
    </message>
    <message>
        <source>&amp;Office and place</source>
        <translation>&amp;Oficina y lugar</translation>
    </message>
    <message>
        <source>For example: Embassy in Tegucigalpa</source>
        <translation>Por ejemplo: Embajada en Tegucigalpa</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Sitio web</translation>
    </message>
    <message>
        <source>General &amp;contacts</source>
        <translation>&amp;Contactos generales</translation>
    </message>
    <message>
        <source>Switchboard, general email, address</source>
        <translation>Teléfono principal, correo general, dirección</translation>
    </message>
    <message>
        <source>Stated &amp;priorities</source>
        <translation>&amp;Prioridades declaradas</translation>
    </message>
    <message>
        <source>What this embassy says it cares about. Study it before you ask for help.</source>
        <translation>Lo que esta embajada dice que le importa. Estúdielo antes de pedir ayuda.</translation>
    </message>
</context>
<context>
    <name>EmbassyPage</name>
    <message>
        <source>%1 (expected)</source>
        <comment>an expected end of posting</comment>
        <translation>%1 (prevista)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Añadir un funcionario</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Stated priorities</source>
        <translation>Prioridades declaradas</translation>
    </message>
    <message>
        <source>&amp;Who held each role over time</source>
        <translation>&amp;Quién ocupó cada cargo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Who held each role over time</source>
        <translation>Quién ocupó cada cargo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No officers recorded here yet. Add the people you meet; when one leaves, record the successor.</source>
        <translation>Todavía no hay funcionarios registrados aquí. Añada a las personas con quienes se reúna; cuando alguien deje el puesto, registre quién le sucede.</translation>
    </message>
    <message>
        <source>&amp;Requests and commitments</source>
        <translation>Peti&amp;ciones y compromisos</translation>
    </message>
    <message>
        <source>Requests and commitments tracked with this embassy</source>
        <translation>Peticiones y compromisos registrados con esta embajada</translation>
    </message>
    <message>
        <source>Nothing tracked with this embassy yet.</source>
        <translation>Todavía no hay peticiones ni compromisos con esta embajada.</translation>
    </message>
    <message>
        <source>No interactions with this embassy yet.</source>
        <translation>Todavía no hay interacciones con esta embajada.</translation>
    </message>
    <message>
        <source>Delete this embassy?</source>
        <translation>¿Eliminar esta embajada?</translation>
    </message>
    <message>
        <source>%1 and the requests tracked with it will be removed from the contact log.</source>
        <translation>%1 y las peticiones y compromisos registrados con ella se eliminarán del registro de contactos.</translation>
    </message>
    <message>
        <source>The embassy was kept</source>
        <translation>No se eliminó la embajada</translation>
    </message>
</context>
<context>
    <name>EmergencyEraseDialog</name>
    <message>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>Emergency erase — hrdesk</source>
        <translation>Borrado de emergencia — hrdesk</translation>
    </message>
    <message>
        <source>Erase the vault now?</source>
        <translation>¿Borrar la caja fuerte ahora?</translation>
    </message>
    <message>
        <source>This destroys the vault&apos;s key at once, then deletes the vault, its automatic backups and the system keyring entry. Nobody can open it afterwards, not even with the passphrase. It cannot be undone. Backups you saved elsewhere are not touched.</source>
        <translation>Esto destruye de inmediato la clave de la caja fuerte y después elimina la caja fuerte, sus copias de seguridad automáticas y la entrada del llavero del sistema. Después nadie podrá abrirla, ni siquiera con la frase de contraseña. No se puede deshacer. Las copias de seguridad que haya guardado en otro lugar no se tocan.</translation>
    </message>
    <message>
        <source>To confirm, type %1 here:</source>
        <translation>Para confirmar, escriba %1 aquí:</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Palabra de confirmación</translation>
    </message>
    <message>
        <source>&amp;Erase everything</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Reference entry</source>
        <translation>Entrada de la Guía</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Facts last checked: %1</source>
        <translation>Última comprobación de los datos: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <source>This opens %1 in your web browser. It leaves hrdesk, which works offline: the website, your internet provider and anyone watching the network can see the visit.</source>
        <translation>Se abrirá %1 en su navegador web, fuera de hrdesk, que funciona sin conexión: el sitio web, su proveedor de internet y cualquiera que vigile la red podrán ver la visita.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>hrdesk met an unexpected problem and could not finish what you asked. What you saved before is safe. If it happens again, lock the vault and open it again.</source>
        <translation>hrdesk encontró un problema inesperado y no pudo terminar lo que pidió. Lo que guardó antes está a salvo. Si vuelve a ocurrir, bloquee la caja fuerte y vuelva a desbloquearla.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over open items</source>
        <translation>Traspasar los asuntos pendientes</translation>
    </message>
    <message>
        <source>Hand over what %1 left open</source>
        <translation>Traspasar lo que %1 dejó pendiente</translation>
    </message>
    <message>
        <source>%1 has left, but these are still open with them:</source>
        <translation>%1 ha dejado el puesto, pero esto sigue pendiente a su nombre:</translation>
    </message>
    <message>
        <source>Hand them to</source>
        <translation>Traspasarlos a</translation>
    </message>
    <message>
        <source>A colleague at the same embassy:</source>
        <translation>Un colega de la misma embajada:</translation>
    </message>
    <message>
        <source>The colleague who takes them over</source>
        <translation>El colega que se hace cargo</translation>
    </message>
    <message>
        <source>The embassy, with no officer named, until you know who takes over</source>
        <translation>La embajada, sin nombrar a ningún funcionario, hasta saber quién se hace cargo</translation>
    </message>
    <message>
        <source>Past interactions still name %1: only what is open moves. Cancel leaves everything with them; you can hand it over later from their page.</source>
        <translation>Las interacciones pasadas siguen nombrando a %1: solo se traspasa lo pendiente. Si cancela, todo sigue a su nombre; podrá traspasarlo más tarde desde su página.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Traspasar</translation>
    </message>
</context>
<context>
    <name>HandOverTexts</name>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n petición pendiente</numerusform>
            <numerusform>%n peticiones pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s)</source>
        <translation>
            <numerusform>%n compromiso pendiente</numerusform>
            <numerusform>%n compromisos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) still to make</source>
        <translation>
            <numerusform>%n seguimiento por hacer</numerusform>
            <numerusform>%n seguimientos por hacer</numerusform>
        </translation>
    </message>
    <message>
        <source>Now with %1:</source>
        <translation>Ahora a cargo de %1:</translation>
    </message>
    <message>
        <source>Now with the embassy, no officer named:</source>
        <translation>Ahora a cargo de la embajada, sin funcionario nombrado:</translation>
    </message>
    <message>
        <source>They are in the Tracker and on Today. To undo, use Undo the hand-over on this page.</source>
        <translation>Aparecen en Peticiones y compromisos y en Hoy. Para deshacerlo, use «Deshacer el traspaso» en esta página.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help — hrdesk</source>
        <translation>Ayuda — hrdesk</translation>
    </message>
    <message>
        <source>Help sections</source>
        <translation>Secciones de la ayuda</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>hrdesk helps you prepare to ask a foreign embassy for help: what you ask for, the facts of your case as a timeline, and what you have already done. Everything is kept in one encrypted vault on this computer, opened with your passphrase.</source>
        <translation>hrdesk le ayuda a prepararse para pedir ayuda a una embajada extranjera: lo que pide, los hechos de su caso en forma de cronología y lo que ya ha hecho. Todo se guarda en una sola caja fuerte cifrada en este ordenador, que se abre con su frase de contraseña.</translation>
    </message>
    <message>
        <source>The sections on the side are Today (Ctrl+1), Cases (Ctrl+2), Contacts (Ctrl+3), Reference (Ctrl+4) and Settings (Ctrl+5). Today shows what is due and what is coming up. Reference holds offline guidance on what embassies can do, emergency funds, visas and sanctions.</source>
        <translation>Las secciones del lateral son Hoy (Ctrl+1), Casos (Ctrl+2), Contactos (Ctrl+3), Guía (Ctrl+4) y Configuración (Ctrl+5). Hoy muestra lo que vence y lo que se acerca. La Guía reúne, sin conexión, información sobre lo que pueden hacer las embajadas, los fondos de emergencia, los visados y las sanciones.</translation>
    </message>
    <message>
        <source>If you are in danger now, press Ctrl+Shift+D: it opens what to do tonight. The language can be changed at any time in the View menu.</source>
        <translation>Si está en peligro ahora, pulse Ctrl+Shift+D: se abre lo que puede hacer esta misma noche. El idioma se puede cambiar en cualquier momento desde el menú Ver.</translation>
    </message>
    <message>
        <source>The case wizard</source>
        <translation>El asistente de casos</translation>
    </message>
    <message>
        <source>A case is prepared in five steps, shown across the top: Basics, Request, Timeline, Prior outreach and Review. You can go to any step at any time, in any order.</source>
        <translation>Un caso se prepara en cinco pasos, que se ven en la parte superior: Datos básicos, Petición, Cronología, Gestiones previas y Revisión. Puede ir a cualquier paso en cualquier momento y en el orden que quiera.</translation>
    </message>
    <message>
        <source>Basics: who is at risk, where, and three facts that shape the advice. Request: the support you ask for and from which embassies. Timeline: the events of the case, one by one, with their dates. Prior outreach: who you have already asked, and what they answered.</source>
        <translation>Datos básicos: quién está en riesgo, dónde, y tres datos que orientan los consejos. Petición: el apoyo que pide y a qué embajadas. Cronología: los hechos del caso, uno a uno, con sus fechas. Gestiones previas: a quién ha pedido ya ayuda y qué le respondieron.</translation>
    </message>
    <message>
        <source>Review lists what is still missing and takes you to the step that fixes it. There is nothing to finish or save: every change is saved in the vault as you type.</source>
        <translation>La Revisión enumera lo que aún falta y le lleva al paso donde completarlo. No hay nada que terminar ni que guardar: cada cambio se guarda en la caja fuerte mientras escribe.</translation>
    </message>
    <message>
        <source>Contacts and follow-ups</source>
        <translation>Contactos y seguimiento</translation>
    </message>
    <message>
        <source>Contacts is your contact log: the embassies you deal with, the officers you meet there, and each call, meeting or message.</source>
        <translation>Contactos es su registro de contactos: las embajadas con las que trata, los funcionarios a los que ve allí y cada llamada, reunión o mensaje.</translation>
    </message>
    <message>
        <source>Embassies rarely call back. After every meeting, note what was promised and when to follow up; Today reminds you when the date comes.</source>
        <translation>Las embajadas rara vez devuelven la llamada. Después de cada reunión, anote lo que le prometieron y cuándo hacer el seguimiento; Hoy se lo recuerda cuando llega la fecha.</translation>
    </message>
    <message>
        <source>Officers move to another post every three or four years. hrdesk shows when an officer is likely to leave, so you can ask in time for a new point of contact.</source>
        <translation>Los funcionarios cambian de destino cada tres o cuatro años. hrdesk indica cuándo es probable que alguien se vaya, para que pida a tiempo una nueva persona de contacto.</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>El dosier</translation>
    </message>
    <message>
        <source>The brief is the document you bring to the meeting: your request, the timeline of events and your previous outreach, on a few printed pages marked confidential.</source>
        <translation>El dosier es el documento que lleva a la reunión: su petición, la cronología de los hechos y sus gestiones previas, en unas pocas páginas impresas marcadas como confidenciales.</translation>
    </message>
    <message>
        <source>Export it as a PDF from the case, in the language of the embassy. Items you marked “Never print” are left out. You can protect the PDF with a password; give the password by another channel than the file.</source>
        <translation>Expórtelo en PDF desde el caso, en el idioma de la embajada. Los elementos marcados como «No imprimir nunca» quedan fuera. Puede proteger el PDF con una contraseña; comuníquela por un canal distinto del archivo.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file that holds the whole vault. Make one in Settings with Back up now, and keep it on a USB stick or another computer, away from this one.</source>
        <translation>Una copia de seguridad es un único archivo cifrado que contiene toda la caja fuerte. Hágala en Configuración con «Hacer una copia de seguridad ahora» y guárdela en una memoria USB o en otro ordenador, lejos de este.</translation>
    </message>
    <message>
        <source>hrdesk also keeps a few automatic backups inside the vault folder. They help after a mistake or a damaged file, but not if this computer is lost or seized.</source>
        <translation>hrdesk también guarda algunas copias automáticas dentro de la carpeta de la caja fuerte. Sirven tras un error o un archivo dañado, pero no si este ordenador se pierde o es incautado.</translation>
    </message>
    <message>
        <source>To start again on a new computer, choose Restore from a backup when hrdesk asks you to create a vault, and type the backup&apos;s passphrase.</source>
        <translation>Para empezar de nuevo en otro ordenador, elija «Restaurar una copia de seguridad» cuando hrdesk le pida crear una caja fuerte, y escriba la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>Locking and hiding</source>
        <translation>Bloquear y ocultar</translation>
    </message>
    <message>
        <source>Ctrl+L locks the vault: every window that showed your cases closes, and only your passphrase opens it again. hrdesk also locks itself after a few idle minutes (you can change how many in Settings) and when you quit.</source>
        <translation>Ctrl+L bloquea la caja fuerte: se cierran todas las ventanas que mostraban sus casos y solo su frase de contraseña vuelve a abrirla. hrdesk también se bloquea solo tras unos minutos de inactividad (puede cambiar cuántos en Configuración) y al salir.</translation>
    </message>
    <message>
        <source>Lock and hide (Ctrl+Shift+L unless you changed it in Settings) locks the vault and hides every hrdesk window at once, even while a dialog is open.</source>
        <translation>Bloquear y ocultar (Ctrl+Shift+L, salvo que lo haya cambiado en Configuración) bloquea la caja fuerte y oculta a la vez todas las ventanas de hrdesk, incluso con un diálogo abierto.</translation>
    </message>
    <message>
        <source>On Windows and macOS, hrdesk asks the system to keep its window out of screenshots and screen sharing. Linux cannot do this: lock hrdesk before you share your screen.</source>
        <translation>En Windows y macOS, hrdesk pide al sistema que deje su ventana fuera de las capturas de pantalla y de la pantalla compartida. Linux no lo permite: bloquee hrdesk antes de compartir su pantalla.</translation>
    </message>
    <message>
        <source>In Settings you can also erase the vault after too many wrong passphrases in a row, or erase it at once in an emergency. An erased vault cannot be brought back, except from a backup kept elsewhere.</source>
        <translation>En Configuración también puede hacer que la caja fuerte se borre tras demasiadas frases de contraseña incorrectas seguidas, o borrarla de inmediato en una emergencia. Una caja fuerte borrada no se puede recuperar, salvo desde una copia de seguridad guardada en otro lugar.</translation>
    </message>
    <message>
        <source>What leaves the computer</source>
        <translation>Lo que sale del ordenador</translation>
    </message>
    <message>
        <source>Nothing, unless you export it. hrdesk never connects to the network: no update checks, no statistics, no cloud.</source>
        <translation>Nada, salvo lo que usted exporte. hrdesk nunca se conecta a la red: no busca actualizaciones, no envía estadísticas, no usa la nube.</translation>
    </message>
    <message>
        <source>Something leaves the vault only when you do one of these: export a brief or an accountability package (a PDF, with a password if you choose one), export a case file, make a backup, print, or copy an email draft.</source>
        <translation>Algo sale de la caja fuerte solo cuando usted hace una de estas cosas: exportar un dosier o un expediente de rendición de cuentas (un PDF, con contraseña si la elige), exportar el archivo de un caso, hacer una copia de seguridad, imprimir o copiar un borrador de correo.</translation>
    </message>
    <message>
        <source>A case file is not encrypted: anyone who finds it can read it. A backup is encrypted. An email draft copied to the clipboard is cleared from it after a minute. Delete exported files you no longer need.</source>
        <translation>El archivo de un caso no está cifrado: quien lo encuentre puede leerlo. Una copia de seguridad sí está cifrada. Un borrador de correo copiado al portapapeles se borra de él al cabo de un minuto. Elimine los archivos exportados que ya no necesite.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <source>Edit the interaction</source>
        <translation>Editar la interacción</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>Con &amp;quién</translation>
    </message>
    <message>
        <source>Type to find an officer</source>
        <translation>Escriba para buscar un funcionario</translation>
    </message>
    <message>
        <source>Find an officer</source>
        <translation>Buscar un funcionario</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <comment>officer name — role, then the embassy on a second line</comment>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>For which &amp;cases</source>
        <translation>&amp;Casos relacionados</translation>
    </message>
    <message>
        <source>No open cases. You can link this interaction to a case later.</source>
        <translation>No hay casos abiertos. Puede vincular esta interacción a un caso más adelante.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>What happened, in a few lines</source>
        <translation>Qué pasó, en pocas líneas</translation>
    </message>
    <message>
        <source>What you &amp;asked for</source>
        <translation>Lo que usted &amp;pidió</translation>
    </message>
    <message>
        <source>What the embassy co&amp;mmitted to</source>
        <translation>A qué se compr&amp;ometió la embajada</translation>
    </message>
    <message>
        <source>Even “we are looking into it” counts: officers often cannot say more.</source>
        <translation>Incluso «lo estamos estudiando» cuenta: a menudo el personal de la embajada no puede decir más.</translation>
    </message>
    <message>
        <source>Add the request to the tracker</source>
        <translation>Añadir la petición a la lista de peticiones y compromisos</translation>
    </message>
    <message>
        <source>Add the commitment to the tracker</source>
        <translation>Añadir el compromiso a la lista de peticiones y compromisos</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Recordármelo el</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Followed up already</source>
        <translation>Seguimiento ya realizado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the interaction?</source>
        <translation>¿Eliminar la interacción?</translation>
    </message>
    <message>
        <source>It disappears from every history: the officers&apos;, the embassy&apos;s and the cases&apos;.</source>
        <translation>Desaparecerá de todos los historiales: el de los funcionarios, el de la embajada y el de los casos.</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Type a year (2019), a month (2019-03) or a day (2019-03-05). Put ~ in front when the date is approximate: ~2019.</source>
        <translation>Escriba un año (2019), un mes (2019-03) o un día (2019-03-05). Si la fecha es aproximada, ponga ~ delante: ~2019.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation>Registrar una petición o un compromiso</translation>
    </message>
    <message>
        <source>Edit the tracked item</source>
        <translation>Editar la petición o el compromiso</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>Trial observation, a public statement, a visa referral, a support letter…</source>
        <translation>La observación de un juicio, una declaración pública, una recomendación para una visa, una carta de apoyo…</translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation>E&amp;mbajada</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>C&amp;aso</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Sin caso</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>W&amp;ith whom</source>
        <translation>&amp;Con quién</translation>
    </message>
    <message>
        <source>What &amp;they said</source>
        <translation>Lo que &amp;dijeron</translation>
    </message>
    <message>
        <source>For example: “We are working on it” (they may not be able to say more)</source>
        <translation>Por ejemplo: «Estamos trabajando en ello» (puede que no puedan decir más)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Plazo</translation>
    </message>
    <message>
        <source>Promised or needed by</source>
        <translation>Fecha prometida o necesaria</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation>Próximo &amp;seguimiento</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Recordármelo el</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the tracked item?</source>
        <translation>¿Eliminar esta petición o compromiso?</translation>
    </message>
    <message>
        <source>Its follow-up reminder is deleted too.</source>
        <translation>También se eliminará su recordatorio de seguimiento.</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>The end date (%1) is before the start date (%2). Change one of them.</source>
        <translation>La fecha final (%1) es anterior a la fecha inicial (%2). Cambie una de las dos.</translation>
    </message>
</context>
<context>
    <name>ItemTablePanel</name>
    <message>
        <source>%1 (Insert or Ctrl+N)</source>
        <translation>%1 (Insert o Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation>Duplicar las filas seleccionadas (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected rows (Delete); you can undo it</source>
        <translation>Eliminar las filas seleccionadas (Supr); se puede deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar «%1»</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public statement, alone or jointly with other embassies</source>
        <translation>Declaración pública, individual o conjunta con otras embajadas</translation>
    </message>
    <message>
        <source>Field visit to the office or community</source>
        <translation>Visita sobre el terreno a la oficina o a la comunidad</translation>
    </message>
    <message>
        <source>Raising concerns with the host government or military through diplomatic channels</source>
        <translation>Trasladar su preocupación al gobierno del país o a las fuerzas armadas por vía diplomática</translation>
    </message>
    <message>
        <source>Physical accompaniment</source>
        <translation>Acompañamiento físico</translation>
    </message>
    <message>
        <source>Emergency visa or relocation support</source>
        <translation>Visa de emergencia o apoyo para la reubicación</translation>
    </message>
    <message>
        <source>Pressure to investigate and prosecute</source>
        <translation>Presión para que se investigue y se juzgue a los responsables</translation>
    </message>
    <message>
        <source>Trial monitoring</source>
        <translation>Observación de juicios</translation>
    </message>
    <message>
        <source>Prison visit</source>
        <translation>Visita a prisión</translation>
    </message>
    <message>
        <source>Mention in the annual human rights report</source>
        <translation>Mención en el informe anual de derechos humanos</translation>
    </message>
    <message>
        <source>Funding for civil society</source>
        <translation>Financiación para la sociedad civil</translation>
    </message>
    <message>
        <source>Connecting to emergency assistance programmes</source>
        <translation>Derivación a programas de asistencia de emergencia</translation>
    </message>
    <message>
        <source>Hosting a meeting with other stakeholders</source>
        <translation>Organización de una reunión con otros actores</translation>
    </message>
    <message>
        <source>Attending court hearings</source>
        <translation>Asistencia a audiencias judiciales</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>Physical attack</source>
        <translation>Agresión física</translation>
    </message>
    <message>
        <source>Arrest or detention</source>
        <translation>Arresto o detención</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Imputación de cargos</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Audiencia judicial</translation>
    </message>
    <message>
        <source>Raid</source>
        <translation>Registro o allanamiento</translation>
    </message>
    <message>
        <source>Smear campaign</source>
        <translation>Campaña de difamación</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of event</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>a public or private event where someone was approached</comment>
        <translation>Acto</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>channel of outreach</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>For my eyes</source>
        <translation>Solo para mí</translation>
    </message>
    <message>
        <source>Never print</source>
        <translation>No imprimir nunca</translation>
    </message>
    <message>
        <source>Printed in the brief you give to the embassy.</source>
        <translation>Se imprime en el dosier que usted entrega a la embajada.</translation>
    </message>
    <message>
        <source>Printed only in your own speaker notes.</source>
        <translation>Se imprime solo en sus notas personales.</translation>
    </message>
    <message>
        <source>In no printout. A case file includes it only when you ask for it.</source>
        <translation>No aparece en ningún documento impreso. Un archivo del caso solo lo incluye si usted lo pide.</translation>
    </message>
    <message>
        <source>Human rights officer</source>
        <translation>Responsable de derechos humanos</translation>
    </message>
    <message>
        <source>Political officer</source>
        <translation>Responsable de asuntos políticos</translation>
    </message>
    <message>
        <source>Economic officer</source>
        <translation>Responsable de asuntos económicos</translation>
    </message>
    <message>
        <source>Labour officer</source>
        <translation>Responsable de asuntos laborales</translation>
    </message>
    <message>
        <source>Consular officer</source>
        <translation>Funcionario consular</translation>
    </message>
    <message>
        <source>Defence attaché</source>
        <translation>Agregado de defensa</translation>
    </message>
    <message>
        <source>Law-enforcement staff</source>
        <translation>Personal policial</translation>
    </message>
    <message>
        <source>Intelligence staff</source>
        <translation>Personal de inteligencia</translation>
    </message>
    <message>
        <source>Deputy chief of mission</source>
        <translation>Jefe adjunto de misión</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Embajador</translation>
    </message>
    <message>
        <source>Other officer</source>
        <translation>Otro funcionario</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of a case</comment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>status of a case</comment>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Your request is stated</source>
        <translation>Su petición está formulada</translation>
    </message>
    <message>
        <source>The timeline has at least one event</source>
        <translation>La cronología tiene al menos un hecho</translation>
    </message>
    <message>
        <source>Prior outreach is recorded, or marked as none</source>
        <translation>Las gestiones previas están registradas, o se ha indicado que no hay ninguna</translation>
    </message>
    <message>
        <source>The officers to meet are chosen</source>
        <translation>Se han elegido los funcionarios con quienes reunirse</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Extrajudicial killing</source>
        <translation>Ejecución extrajudicial</translation>
    </message>
    <message>
        <source>Torture</source>
        <translation>Tortura</translation>
    </message>
    <message>
        <source>Enforced disappearance</source>
        <translation>Desaparición forzada</translation>
    </message>
    <message>
        <source>Arbitrary detention</source>
        <translation>Detención arbitraria</translation>
    </message>
    <message>
        <source>Rape under colour of law</source>
        <translation>Violación cometida al amparo de un cargo público</translation>
    </message>
    <message>
        <source>Significant corruption</source>
        <translation>Corrupción significativa</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <source>Mark as left</source>
        <translation>Registrar la salida</translation>
    </message>
    <message>
        <source>%1 has left the post</source>
        <translation>%1 ha dejado el puesto</translation>
    </message>
    <message>
        <source>Their history stays in the log. Record who took over, so the embassy&apos;s page shows who held the role over time and you know whom to contact next.</source>
        <translation>Su historial se conserva en el registro. Indique quién le ha sustituido: así, la página de la embajada mostrará quién ha ocupado cada cargo a lo largo del tiempo y usted sabrá con quién ponerse en contacto a partir de ahora.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>&amp;Fecha de salida</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Persona sucesora</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Una persona nueva</translation>
    </message>
    <message>
        <source>The successor&apos;s name</source>
        <translation>Nombre de la persona sucesora</translation>
    </message>
    <message>
        <source>Email (if you have it)</source>
        <translation>Correo electrónico (si lo tiene)</translation>
    </message>
    <message>
        <source>The successor&apos;s email</source>
        <translation>Correo electrónico de la persona sucesora</translation>
    </message>
    <message>
        <source>The successor&apos;s role</source>
        <translation>Cargo de la persona sucesora</translation>
    </message>
    <message>
        <source>Someone already in the log</source>
        <translation>Una persona que ya está en el registro</translation>
    </message>
    <message>
        <source>Successor already in the log</source>
        <translation>Persona sucesora que ya está en el registro</translation>
    </message>
    <message>
        <source>Not known yet: remind me to ask the embassy</source>
        <translation>Aún no se sabe: recordarme que lo pregunte a la embajada</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>&amp;Interactions</source>
        <translation>&amp;Interacciones</translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation>&amp;Funcionarios</translation>
    </message>
    <message>
        <source>&amp;Embassies</source>
        <translation>&amp;Embajadas</translation>
    </message>
    <message>
        <source>&amp;Tracker</source>
        <translation>&amp;Peticiones y compromisos</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>No interactions logged yet</source>
        <translation>Aún no hay interacciones registradas</translation>
    </message>
    <message>
        <source>Log every meeting, call, email or event with an embassy, with a date to follow up. Embassies rarely call back, and being known as a reliable source helps in an emergency.</source>
        <translation>Registre cada reunión, llamada, correo electrónico o acto con una embajada, con una fecha de seguimiento. Las embajadas rara vez devuelven las llamadas, y que le conozcan como una fuente fiable ayuda en caso de emergencia.</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <source>No officers yet</source>
        <translation>Aún no hay funcionarios</translation>
    </message>
    <message>
        <source>Add the officers you meet: the human rights officer first, and others as your cases need. With a posting start date you are reminded to ask for a new contact before they rotate.</source>
        <translation>Añada a los funcionarios con quienes se reúna: primero a la persona responsable de derechos humanos y después a otros, según lo que necesiten sus casos. Si indica la fecha de inicio del destino, hrdesk le recordará que pida una nueva persona de contacto antes de que cambien de destino.</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Añadir un funcionario</translation>
    </message>
    <message>
        <source>No embassies yet</source>
        <translation>Aún no hay embajadas</translation>
    </message>
    <message>
        <source>Start with the embassies you work with: the government, where the office is, and the priorities it states. Study those priorities before you ask for help.</source>
        <translation>Empiece por las embajadas con las que trabaja: el gobierno que representan, dónde está la oficina y las prioridades que declaran. Estudie esas prioridades antes de pedir ayuda.</translation>
    </message>
    <message>
        <source>Add an embassy</source>
        <translation>Añadir una embajada</translation>
    </message>
    <message>
        <source>Nothing tracked yet</source>
        <translation>Aún no hay peticiones ni compromisos</translation>
    </message>
    <message>
        <source>Every request you make (trial observation, a statement, a visa referral, a support letter) and every commitment an officer makes can be tracked here until it is done.</source>
        <translation>Aquí puede hacer el seguimiento de cada petición que haga (observación de un juicio, una declaración, una recomendación para una visa, una carta de apoyo) y de cada compromiso que asuma un funcionario, hasta que se cumpla.</translation>
    </message>
    <message>
        <source>Track a request or commitment</source>
        <translation>Registrar una petición o un compromiso</translation>
    </message>
    <message>
        <source>Start with the embassy: officers, interactions and requests all belong to one.</source>
        <translation>Empiece por la embajada: los funcionarios, las interacciones y las peticiones pertenecen siempre a una.</translation>
    </message>
    <message>
        <source>An interaction is with an officer: add the officer you met first.</source>
        <translation>Una interacción es con un funcionario: primero añada el funcionario con quien habló.</translation>
    </message>
    <message>
        <source>No open requests or commitments</source>
        <translation>No hay peticiones ni compromisos pendientes</translation>
    </message>
    <message>
        <source>Everything tracked is done, declined or not tracked yet. Untick “Open items only” to see closed ones.</source>
        <translation>Todo lo registrado está hecho o rechazado, o aún no hay nada. Desmarque «Solo pendientes» para ver los cerrados.</translation>
    </message>
    <message>
        <source>O&amp;pen items only</source>
        <translation>&amp;Solo pendientes</translation>
    </message>
    <message>
        <source>Hide requests and commitments that are done or declined</source>
        <translation>Ocultar las peticiones y los compromisos hechos o rechazados</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>No open cases</source>
        <translation>No hay casos abiertos</translation>
    </message>
    <message>
        <source>Cases are prepared in the Cases section. Their contact history with embassies appears here.</source>
        <translation>Los casos se preparan en la sección Casos. Aquí aparece su historial de contactos con las embajadas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hrdesk</source>
        <translation>hrdesk</translation>
    </message>
    <message>
        <source>Demo — nothing you enter here is kept. The demo vault is erased when you quit.</source>
        <translation>Demostración: nada de lo que escriba aquí se conserva. La caja fuerte de demostración se borra al salir.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Bloquear la caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About hrdesk</source>
        <translation>&amp;Acerca de hrdesk</translation>
    </message>
    <message>
        <source>hrdesk &amp;Help</source>
        <translation>Ay&amp;uda de hrdesk</translation>
    </message>
    <message>
        <source>&amp;Safety habits</source>
        <translation>&amp;Hábitos de seguridad</translation>
    </message>
    <message>
        <source>In danger now</source>
        <translation>En peligro ahora</translation>
    </message>
    <message>
        <source>What to do tonight if you are in danger (%1)</source>
        <translation>Qué hacer esta noche si está en peligro (%1)</translation>
    </message>
    <message>
        <source>&amp;In danger now</source>
        <translation>&amp;En peligro ahora</translation>
    </message>
    <message>
        <source>About hrdesk</source>
        <translation>Acerca de hrdesk</translation>
    </message>
    <message>
        <source>hrdesk %1

Prepare, safely and offline, to ask foreign embassies for help. Everything stays in one encrypted vault on this computer; hrdesk never uses the network.</source>
        <translation>hrdesk %1

Prepárese, de forma segura y sin conexión, para pedir ayuda a embajadas extranjeras. Todo se guarda en una única caja fuerte cifrada en este equipo; hrdesk nunca usa la red.</translation>
    </message>
</context>
<context>
    <name>NewCaseRow</name>
    <message>
        <source>&amp;Title of the new case:</source>
        <translation>&amp;Título del nuevo caso:</translation>
    </message>
    <message>
        <source>For example: Land defenders of the river valley</source>
        <translation>Por ejemplo: Personas defensoras de la tierra del valle del río</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Título del nuevo caso</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A case needs a title. Type a few words that you will recognise.</source>
        <translation>Un caso necesita un título. Escriba unas palabras que le permitan reconocerlo.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation>Su&amp;gerir una frase de contraseña</translation>
    </message>
    <message>
        <source>The word list is missing, so no passphrase can be suggested.</source>
        <translation>Falta la lista de palabras, así que no se puede sugerir una frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>La frase de contraseña debe tener al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>%1

Someone who takes or copies this computer can try guesses against the vault for as long as they like. A passphrase like this one could be found, and with it every case and contact in the vault.

Use it anyway?</source>
        <translation>%1

Quien se lleve o copie este ordenador puede probar frases de contraseña contra la caja fuerte durante todo el tiempo que quiera. Una frase como esta podría acabar descubriéndose, y con ella todos los casos y contactos de la caja fuerte.

¿Usarla de todos modos?</translation>
    </message>
    <message>
        <source>Use a passphrase that is not strong?</source>
        <translation>¿Usar una frase de contraseña que no es fuerte?</translation>
    </message>
    <message>
        <source>Very weak.</source>
        <translation>Muy débil.</translation>
    </message>
    <message>
        <source>Weak.</source>
        <translation>Débil.</translation>
    </message>
    <message>
        <source>Fair, but not strong.</source>
        <translation>Regular: no es fuerte.</translation>
    </message>
    <message>
        <source>It is one of the most common passwords.</source>
        <translation>Es una de las contraseñas más comunes.</translation>
    </message>
    <message>
        <source>A single common word is easy to guess.</source>
        <translation>Una sola palabra común es fácil de adivinar.</translation>
    </message>
    <message>
        <source>It contains a name.</source>
        <translation>Contiene un nombre.</translation>
    </message>
    <message>
        <source>It contains a year or a date.</source>
        <translation>Contiene un año o una fecha.</translation>
    </message>
    <message>
        <source>It follows the keys of a keyboard.</source>
        <translation>Sigue el orden de las teclas del teclado.</translation>
    </message>
    <message>
        <source>It repeats letters or words.</source>
        <translation>Repite letras o palabras.</translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 123.</source>
        <translation>Contiene una secuencia como abc o 123.</translation>
    </message>
    <message>
        <source>Symbols in place of letters (@ for a) do not fool guessing programs.</source>
        <translation>Cambiar letras por símbolos (@ por a) no engaña a los programas que adivinan contraseñas.</translation>
    </message>
    <message>
        <source>Add another word or two, or use a suggested passphrase.</source>
        <translation>Añada una o dos palabras más, o use una frase de contraseña sugerida.</translation>
    </message>
    <message>
        <source>A passphrase cannot be only spaces.</source>
        <translation>Una frase de contraseña no puede ser solo espacios.</translation>
    </message>
    <message numerus="yes">
        <source>%n random words, hidden until you press the eye. Write them down, then type them again in the repeat field.</source>
        <translation>
            <numerusform>%n palabra al azar, oculta hasta que pulse el ojo. Anótela y vuelva a escribirla en el campo de repetición.</numerusform>
            <numerusform>%n palabras al azar, ocultas hasta que pulse el ojo. Anótelas y vuelva a escribirlas en el campo de repetición.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Demasiado corta: use al menos %n carácter.</numerusform>
            <numerusform>Demasiado corta: use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>Añadir un funcionario</translation>
    </message>
    <message>
        <source>Edit the officer</source>
        <translation>Editar los datos del funcionario</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Embassy</source>
        <translation>&amp;Embajada</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Ca&amp;rgo</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>Correo e&amp;lectrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Secure messaging</source>
        <translation>&amp;Mensajería segura</translation>
    </message>
    <message>
        <source>Signal, Wire or another app, and the handle</source>
        <translation>Signal, Wire u otra aplicación, y el nombre de usuario</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Fecha conocida</translation>
    </message>
    <message>
        <source>Posting started</source>
        <translation>Inicio del destino</translation>
    </message>
    <message>
        <source>Expected to &amp;leave</source>
        <translation>Salida &amp;prevista</translation>
    </message>
    <message>
        <source>Officers move on every three or four years: expect them to leave from around %1.</source>
        <translation>El personal diplomático cambia de destino cada tres o cuatro años: cuente con que se marche a partir del %1, aproximadamente.</translation>
    </message>
    <message>
        <source>Expected to leave</source>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>Posting s&amp;tarted</source>
        <translation>Inicio del &amp;destino</translation>
    </message>
    <message>
        <source>Another date than three years after the start</source>
        <translation>Otra fecha distinta de tres años después del inicio</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Still in post: undo “left”</source>
        <translation>Sigue en el puesto: anular la salida</translation>
    </message>
    <message>
        <source>Without a start date there is no expected end, and no reminder before they leave.</source>
        <translation>Sin fecha de inicio no hay fecha de salida prevista ni recordatorio antes de que se vaya.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Left the post.</source>
        <translation>Ha dejado el puesto.</translation>
    </message>
    <message>
        <source>In post from %1 until %2.</source>
        <translation>En el puesto del %1 al %2.</translation>
    </message>
    <message>
        <source>Left the post on %1.</source>
        <translation>Dejó el puesto el %1.</translation>
    </message>
    <message>
        <source>In post since %1.</source>
        <translation>En el puesto desde el %1.</translation>
    </message>
    <message>
        <source>No expected end of posting: add the start date to be reminded before they leave.</source>
        <translation>No hay fecha prevista de fin del destino: añada la fecha de inicio para recibir un recordatorio antes de que se vaya.</translation>
    </message>
    <message numerus="yes">
        <source>Expected to leave on %1, in %n days.</source>
        <translation>
            <numerusform>Salida prevista el %1, dentro de %n día.</numerusform>
            <numerusform>Salida prevista el %1, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to leave today.</source>
        <translation>Salida prevista para hoy.</translation>
    </message>
    <message>
        <source>Was expected to leave on %1. Ask the embassy who takes over.</source>
        <translation>Su salida estaba prevista el %1. Pregunte a la embajada quién le sustituye.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>Registrar la salida…</translation>
    </message>
    <message>
        <source>Hand over open items…</source>
        <translation>Traspasar los asuntos pendientes…</translation>
    </message>
    <message>
        <source>Undo the hand-over</source>
        <translation>Deshacer el traspaso</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Open the embassy: %1</source>
        <translation>Abrir la embajada: %1</translation>
    </message>
    <message>
        <source>Succeeded by %1</source>
        <translation>Le sustituyó %1</translation>
    </message>
    <message>
        <source>Took over from %1</source>
        <translation>Sustituyó a %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Secure messaging</source>
        <translation>Mensajería segura</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No interactions with this officer yet. Log every meeting, call or email: embassies rarely call back.</source>
        <translation>Aún no hay interacciones con este funcionario. Registre cada reunión, llamada o correo electrónico: las embajadas rara vez devuelven las llamadas.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Traspaso hecho</translation>
    </message>
    <message>
        <source>Hand-over undone</source>
        <translation>Traspaso deshecho</translation>
    </message>
    <message>
        <source>What was handed over is with %1 again.</source>
        <translation>Lo traspasado vuelve a estar a nombre de %1.</translation>
    </message>
    <message>
        <source>Delete this officer?</source>
        <translation>¿Eliminar a este funcionario?</translation>
    </message>
    <message>
        <source>%1 will be removed from the contact log.</source>
        <translation>%1 se eliminará del registro de contactos.</translation>
    </message>
    <message>
        <source>The officer was kept</source>
        <translation>No se ha eliminado al funcionario</translation>
    </message>
</context>
<context>
    <name>OfficersEditor</name>
    <message>
        <source>Officers to ask to meet</source>
        <translation>Funcionarios con quienes pedir una reunión</translation>
    </message>
    <message>
        <source>Reset to suggestions</source>
        <translation>Volver a las sugerencias</translation>
    </message>
    <message>
        <source>Careful: a written request to meet defence, law-enforcement or intelligence staff can be used against you, for example in espionage or &quot;foreign agent&quot; charges. The brief and the email will name these roles. Usually it is better to ask the human rights officer, who can bring such colleagues if the embassy thinks it useful.</source>
        <translation>Atención: una solicitud por escrito para reunirse con personal de defensa, de las fuerzas del orden o de inteligencia puede usarse en su contra, por ejemplo en acusaciones de espionaje o de «agente extranjero». El dosier y el correo nombrarán estos cargos. Suele ser mejor dirigirse a la persona responsable de derechos humanos, que puede traer a esos colegas si la embajada lo considera útil.</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <comment>an officer role suggested by the rules</comment>
        <translation>%1 (sugerencia)</translation>
    </message>
    <message>
        <source>Following the suggestions, which change with the facts on the Basics page.</source>
        <translation>Se siguen las sugerencias, que cambian según los datos básicos del caso.</translation>
    </message>
    <message>
        <source>No officer chosen: choose at least one, usually the human rights officer.</source>
        <translation>No ha elegido ningún funcionario: elija al menos uno, normalmente la persona responsable de derechos humanos.</translation>
    </message>
    <message>
        <source>Your own choice: the facts on the Basics page no longer change it.</source>
        <translation>Selección propia: los datos básicos del caso ya no la modifican.</translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message>
        <source>Government or institution</source>
        <translation>Gobierno o institución</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Person contacted</source>
        <translation>Persona contactada</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Qué se pidió</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Add outreach</source>
        <translation>Añadir una gestión</translation>
    </message>
    <message>
        <source>Duplicate outreach</source>
        <translation>Duplicar la gestión</translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s) deleted.</source>
        <translation>
            <numerusform>%n gestión eliminada.</numerusform>
            <numerusform>%n gestiones eliminadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s)</source>
        <translation>
            <numerusform>%n gestión</numerusform>
            <numerusform>%n gestiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Prior outreach, earliest first</source>
        <translation>Gestiones previas, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Press Insert (or choose Add outreach) for each embassy, ministry, UN office, NGO or parliament you already contacted, or tick “No prior outreach” above.</source>
        <translation>Aún no hay nada registrado. Pulse Insert (o elija «Añadir una gestión») por cada embajada, ministerio, oficina de la ONU, ONG o parlamento con que ya se haya puesto en contacto, o marque arriba «No hay gestiones previas».</translation>
    </message>
    <message>
        <source>Prior outreach</source>
        <translation>Gestiones previas</translation>
    </message>
    <message>
        <source>What you have already done</source>
        <translation>Lo que ya ha hecho</translation>
    </message>
    <message>
        <source>Embassies want to know whom you already asked for help and what came of it: other embassies, ministries in their capital, the UN, NGOs, parliaments.</source>
        <translation>Las embajadas quieren saber a quién ha pedido ya ayuda y con qué resultado: otras embajadas, ministerios en su capital, la ONU, ONG, parlamentos.</translation>
    </message>
    <message>
        <source>&amp;No prior outreach: this is the first time I ask anyone for help</source>
        <translation>&amp;No hay gestiones previas: es la primera vez que pido ayuda</translation>
    </message>
    <message>
        <source>Mark “no prior outreach”</source>
        <translation>Marcar «No hay gestiones previas»</translation>
    </message>
    <message>
        <source>Unmark “no prior outreach”</source>
        <translation>Desmarcar «No hay gestiones previas»</translation>
    </message>
    <message>
        <source>Outreach is recorded below.</source>
        <translation>Hay gestiones registradas más abajo.</translation>
    </message>
    <message>
        <source>Untick this to record outreach.</source>
        <translation>Desmarque esta casilla para registrar gestiones.</translation>
    </message>
    <message>
        <source>New rows are marked “%1”; change the default on the Timeline page.</source>
        <translation>Las filas nuevas se marcan como «%1»; puede cambiar este valor predeterminado en la página «Cronología».</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PdfPasswordFields</name>
    <message>
        <source>Protect the saved PDF with a password</source>
        <translation>Proteger el PDF guardado con una contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir la contraseña:</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>Repeat PDF password</source>
        <translation>Repetir la contraseña del PDF</translation>
    </message>
    <message>
        <source>Type a password for the PDF, or untick the password option.</source>
        <translation>Escriba una contraseña para el PDF o desmarque la opción de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>The PDF password needs at least %n characters.</source>
        <translation>
            <numerusform>La contraseña del PDF debe tener al menos %n carácter.</numerusform>
            <numerusform>La contraseña del PDF debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Everyone the case names, one per row, but not institutions. Put every other spelling of a name (another script, a surname alone) in “Other spellings”, separated by semicolons: replacing names in the brief then finds them all. Untick “Protected” only for someone who may be named, such as an official responsible.</source>
        <translation>Todas las personas que menciona el caso, una por fila, pero no las instituciones. Escriba cualquier otra grafía de un nombre (en otro alfabeto, solo el apellido) en «Otras grafías», separadas por punto y coma: así, al sustituir los nombres en el dosier se encuentran todas. Desmarque «Protegida» solo para quien puede ser nombrado, como un funcionario responsable.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Otras grafías</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegida</translation>
    </message>
    <message>
        <source>People named in the case</source>
        <translation>Personas mencionadas en el caso</translation>
    </message>
    <message>
        <source>Add a &amp;person</source>
        <translation>Aña&amp;dir una persona</translation>
    </message>
    <message>
        <source>Remove the person</source>
        <translation>Quitar la persona</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Responsible for abuses</source>
        <translation>Responsable de abusos</translation>
    </message>
</context>
<context>
    <name>PoliciesPanel</name>
    <message>
        <source>Add an embassy above to see its government&apos;s policy.</source>
        <translation>Añada arriba una embajada para ver la política del gobierno al que representa.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Leer: %1</translation>
    </message>
    <message>
        <source>Not a government hrdesk recognises: no policy to show.</source>
        <translation>hrdesk no reconoce este gobierno: no hay ninguna política que mostrar.</translation>
    </message>
    <message>
        <source>The reference holds no published defender policy of this government yet.</source>
        <translation>La Guía aún no recoge ninguna política publicada de este gobierno sobre las personas defensoras.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Search the reference (Ctrl+F)</source>
        <translation>Buscar en la Guía (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation>Buscar en la Guía</translation>
    </message>
    <message>
        <source>&amp;Read in:</source>
        <translation>&amp;Leer en:</translation>
    </message>
    <message>
        <source>Reading language</source>
        <translation>Idioma de lectura</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>The reference content could not be read: %1</source>
        <translation>No se pudo leer el contenido de la Guía: %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>No se encontró nada. Pruebe con menos palabras o con palabras más cortas.</translation>
    </message>
</context>
<context>
    <name>ReferenceUpdatesBox</name>
    <message>
        <source>Reference updates</source>
        <translation>Actualizaciones de la Guía</translation>
    </message>
    <message>
        <source>Updated reference content comes as a signed file, for example on a USB stick. hrdesk checks the signature and every language before using it, and never goes online.</source>
        <translation>El contenido actualizado de la Guía llega en un archivo firmado, por ejemplo en una memoria USB. hrdesk comprueba la firma y cada idioma antes de usarlo, y nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>&amp;Import update…</source>
        <translation>Im&amp;portar actualización…</translation>
    </message>
    <message>
        <source>Import a signed reference update</source>
        <translation>Importar una actualización firmada de la Guía</translation>
    </message>
    <message>
        <source>In use: the content bundled with hrdesk, checked up to %1.</source>
        <translation>En uso: el contenido incluido con hrdesk, verificado hasta el %1.</translation>
    </message>
    <message>
        <source>In use: an update of %1, signed by %2.</source>
        <translation>En uso: una actualización del %1, firmada por %2.</translation>
    </message>
    <message>
        <source>Import a reference update</source>
        <translation>Importar una actualización de la Guía</translation>
    </message>
    <message>
        <source>Reference updates (*.hrdpack);;All files (*)</source>
        <translation>Actualizaciones de la Guía (*.hrdpack);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file was not used; nothing changed.

%1</source>
        <translation>No se ha usado el archivo; no ha cambiado nada.

%1</translation>
    </message>
    <message>
        <source>The reference now holds the update of %1, signed by %2.</source>
        <translation>La Guía contiene ahora la actualización del %1, firmada por %2.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Your specific request for help</source>
        <translation>Su petición concreta de ayuda</translation>
    </message>
    <message>
        <source>Embassies act on a clear, specific request. Tick what you ask for, say it in your own words, and name the embassies and officers you want to reach.</source>
        <translation>Las embajadas actúan ante una petición clara y concreta. Marque lo que pide, expréselo con sus propias palabras e indique las embajadas y los funcionarios a los que quiere dirigirse.</translation>
    </message>
    <message>
        <source>Read first:</source>
        <translation>Lea primero:</translation>
    </message>
    <message>
        <source>What an embassy can do</source>
        <translation>Qué puede hacer una embajada</translation>
    </message>
    <message>
        <source>Who to meet</source>
        <translation>Con quién reunirse</translation>
    </message>
    <message>
        <source>Making a specific request</source>
        <translation>Cómo formular una petición concreta</translation>
    </message>
    <message>
        <source>What support you ask for</source>
        <translation>Qué apoyo pide</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>La petición</translation>
    </message>
    <message>
        <source>Your request in your own &amp;words:</source>
        <translation>Su petición, con sus propias &amp;palabras:</translation>
    </message>
    <message>
        <source>Your request in your own words</source>
        <translation>Su petición, con sus propias palabras</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>U&amp;rgencia:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>For example: the trial opens next month</source>
        <translation>Por ejemplo: el juicio empieza el mes que viene</translation>
    </message>
    <message>
        <source>&amp;Deadline (optional):</source>
        <translation>&amp;Fecha límite (opcional):</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM o YYYY</translation>
    </message>
    <message>
        <source>Embassies to approach</source>
        <translation>Embajadas a las que dirigirse</translation>
    </message>
    <message>
        <source>These governments&apos; policies on defenders</source>
        <translation>Políticas de estos gobiernos sobre las personas defensoras</translation>
    </message>
    <message>
        <source>Officers to ask to meet</source>
        <translation>Funcionarios con quienes pedir una reunión</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>Why the case matters to that &amp;government:</source>
        <translation>Por qué el caso importa a ese &amp;gobierno:</translation>
    </message>
    <message>
        <source>Why the case matters to that government</source>
        <translation>Por qué el caso importa a ese gobierno</translation>
    </message>
    <message>
        <source>What the embassy &amp;could do:</source>
        <translation>Qué podría hacer la &amp;embajada:</translation>
    </message>
    <message>
        <source>What the embassy could do</source>
        <translation>Qué podría hacer la embajada</translation>
    </message>
    <message>
        <source>At a glance, on page 1 of the brief</source>
        <translation>De un vistazo, en la página 1 del dosier</translation>
    </message>
    <message>
        <source>An officer reads the top of page 1 first. Left empty, the brief asks the embassy to reach you only through whoever hands it over, and to name no one nor go public without your consent.</source>
        <translation>Quien lo recibe lee primero la parte superior de la página 1. Si deja estos campos vacíos, el dosier pide a la embajada que le contacte solo a través de quien lo entregue, y que no nombre a nadie ni haga público el caso sin su consentimiento.</translation>
    </message>
    <message>
        <source>&amp;Please do not:</source>
        <translation>&amp;Le rogamos que no:</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>Le rogamos que no</translation>
    </message>
    <message>
        <source>For example: name the source, or raise the case publicly</source>
        <translation>Por ejemplo: nombre la fuente ni haga público el caso</translation>
    </message>
    <message>
        <source>How to reach you &amp;safely:</source>
        <translation>Cómo contactarle con &amp;seguridad:</translation>
    </message>
    <message>
        <source>How to reach you safely</source>
        <translation>Cómo contactarle con seguridad</translation>
    </message>
    <message>
        <source>For example: through our lawyer, in person only</source>
        <translation>Por ejemplo: a través de nuestra abogada, solo en persona</translation>
    </message>
    <message>
        <source>Who can confirm the facts</source>
        <translation>Quién puede confirmar los hechos</translation>
    </message>
    <message>
        <source>Who can c&amp;onfirm the facts:</source>
        <translation>&amp;Quién puede confirmar los hechos:</translation>
    </message>
    <message>
        <source>For example: the national bar association</source>
        <translation>Por ejemplo: el colegio nacional de abogados</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the follow-up</source>
        <translation>Cambiar la fecha del seguimiento</translation>
    </message>
    <message>
        <source>New date for the follow-up</source>
        <translation>Nueva fecha para el seguimiento</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore — hrdesk</source>
        <translation>Restaurar — hrdesk</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup file made by hrdesk and type the passphrase that protects it. hrdesk checks the whole file before it changes anything. Afterwards the vault opens with the backup&apos;s passphrase.</source>
        <translation>Elija un archivo de copia de seguridad hecho con hrdesk y escriba la frase de contraseña que lo protege. hrdesk comprueba el archivo completo antes de cambiar nada. Después, la caja fuerte se abre con la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>This replaces the vault on this computer: everything it holds now, and its automatic backups, will be erased and replaced by the contents of the backup.</source>
        <translation>Esto sustituye la caja fuerte de este equipo: todo lo que contiene ahora, y sus copias de seguridad automáticas, se borrará y se reemplazará por el contenido de la copia.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de la copia:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de la copia de seguridad</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Replace the vault</source>
        <translation>&amp;Sustituir la caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>hrdesk backups (*%1);;All files (*)</source>
        <translation>Copias de seguridad de hrdesk (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the backup… %1% done.</source>
        <translation>Comprobando la copia de seguridad… %1&#xa0;% hecho.</translation>
    </message>
    <message>
        <source>Checking the restored vault and putting it in place…</source>
        <translation>Comprobando la caja fuerte restaurada y poniéndola en su sitio…</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Elija primero el archivo de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Escriba primero la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>Replace the vault</source>
        <translation>Sustituir la caja fuerte</translation>
    </message>
    <message>
        <source>Replace the vault on this computer by this backup? Everything in the vault now, and its automatic backups, will be erased. This cannot be undone.</source>
        <translation>¿Sustituir la caja fuerte de este equipo por esta copia de seguridad? Se borrará todo lo que contiene ahora la caja fuerte, y también sus copias de seguridad automáticas. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup… This can take a moment.</source>
        <translation>Comprobando y restaurando la copia de seguridad… Puede tardar un momento.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. Nothing was changed.</source>
        <translation>Esta frase de contraseña no abre la copia de seguridad. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This file is not an hrdesk backup, or it is damaged, incomplete or was altered. Nothing was changed.</source>
        <translation>Este archivo no es una copia de seguridad de hrdesk, o está dañado, incompleto o se ha modificado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The disk is full: the backup could not be restored. Nothing was changed.</source>
        <translation>El disco está lleno: no se ha podido restaurar la copia de seguridad. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup could not be read or restored: %1. Nothing was changed.</source>
        <translation>No se ha podido leer ni restaurar la copia de seguridad: %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>No se ha podido restaurar la copia de seguridad. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Review before you print</source>
        <translation>Revise antes de imprimir</translation>
    </message>
    <message>
        <source>Check that the three things an embassy needs are here, and what each printout will show.</source>
        <translation>Compruebe que están las tres cosas que necesita una embajada y qué mostrará cada documento impreso.</translation>
    </message>
    <message>
        <source>Ready for the embassy?</source>
        <translation>¿Listo para la embajada?</translation>
    </message>
    <message>
        <source>What will be printed</source>
        <translation>Qué se imprimirá</translation>
    </message>
    <message>
        <source>Your speaker notes also repeat everything in the brief. Change where an event or an outreach item goes in its Disclosure column. Case files leave out “never print” items unless you ask.</source>
        <translation>Sus notas personales también repiten todo lo que contiene el dosier. Para cambiar dónde aparece un hecho o una gestión, use su columna «Difusión». Los archivos del caso no incluyen los elementos marcados «No imprimir nunca», salvo que usted lo pida.</translation>
    </message>
    <message>
        <source>Go to Request</source>
        <translation>Ir a la petición</translation>
    </message>
    <message>
        <source>Go to Timeline</source>
        <translation>Ir a la cronología</translation>
    </message>
    <message>
        <source>Go to Prior outreach</source>
        <translation>Ir a las gestiones previas</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Completado: %1</translation>
    </message>
    <message>
        <source>Ready: everything the embassy needs is here.</source>
        <translation>Listo: está todo lo que necesita la embajada.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing. Use the buttons to go where each is filled in.</source>
        <translation>
            <numerusform>Aún falta %n elemento. Use el botón para ir a donde se completa.</numerusform>
            <numerusform>Aún faltan %n elementos. Use los botones para ir a donde se completa cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>This date has already passed: %1. Update the deadline or the urgency on the Request page, or the embassy may think the matter is over.</source>
        <translation>Esta fecha ya ha pasado: %1. Actualice la fecha límite o la urgencia en la página Petición; de lo contrario, la embajada podría pensar que el asunto ya está cerrado.</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>The vault was erased. You can create a new, empty vault.</source>
        <translation>Se ha borrado la caja fuerte. Puede crear una nueva caja fuerte vacía.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: the vault was erased. You can create a new, empty vault.</source>
        <translation>Demasiadas frases de contraseña incorrectas: se ha borrado la caja fuerte. Puede crear una nueva caja fuerte vacía.</translation>
    </message>
    <message>
        <source>Vault erased</source>
        <translation>Caja fuerte borrada</translation>
    </message>
    <message>
        <source>Erasing the rest of the vault…</source>
        <translation>Borrando el resto de la caja fuerte…</translation>
    </message>
    <message>
        <source>The vault was erased outside this window (for example with the command line). You can create a new, empty vault, or restore a backup.</source>
        <translation>La caja fuerte se borró fuera de esta ventana (por ejemplo, desde la línea de comandos). Puede crear una caja fuerte nueva y vacía, o restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The restored vault could not be put in place (%1). It was left in the folder %2.</source>
        <translation>No se ha podido colocar en su sitio la caja fuerte restaurada (%1). Se ha dejado en la carpeta %2.</translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation>Caja fuerte restaurada</translation>
    </message>
    <message>
        <source>The backup was checked and restored. Unlock the vault with the backup&apos;s passphrase: the one you typed to restore it.</source>
        <translation>La copia de seguridad se ha comprobado y restaurado. Desbloquee la caja fuerte con la frase de contraseña de la copia: la que escribió para restaurarla.</translation>
    </message>
    <message>
        <source>Attempt counter</source>
        <translation>Contador de intentos</translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted since you last unlocked. Someone may have tried to guess your passphrase. The count has been reset.</source>
        <translation>El registro de frases de contraseña incorrectas se ha modificado o eliminado desde la última vez que desbloqueó la caja fuerte. Es posible que alguien haya intentado adivinar su frase de contraseña. Se ha puesto el recuento a cero.</translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message>
        <source>Emergencies</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <source>L&amp;ock and hide keys:</source>
        <translation>Teclas para bloquear y &amp;ocultar:</translation>
    </message>
    <message>
        <source>Keys that lock the vault and hide every window</source>
        <translation>Teclas que bloquean la caja fuerte y ocultan todas las ventanas</translation>
    </message>
    <message>
        <source>Locks at once and hides every hrdesk window. The unlock window waits, minimized, in the taskbar; open it from there. Leave the keys empty to turn this off.</source>
        <translation>Bloquean la caja fuerte de inmediato y ocultan todas las ventanas de hrdesk. La ventana de desbloqueo queda minimizada en la barra de tareas; ábrala desde allí. Deje las teclas vacías para desactivar esta función.</translation>
    </message>
    <message>
        <source>Erase the vault after this many &amp;wrong passphrases in a row:</source>
        <translation>&amp;Borrar la caja fuerte tras este número de frases de contraseña incorrectas seguidas:</translation>
    </message>
    <message>
        <source>Wrong passphrases allowed before the vault is erased</source>
        <translation>Frases de contraseña incorrectas permitidas antes de borrar la caja fuerte</translation>
    </message>
    <message>
        <source>For when someone may try to guess your passphrase in this app. The count survives restarts; the unlock window shows the attempts left. It cannot stop someone who copies the vault&apos;s files. Keep a backup elsewhere if you turn this on.</source>
        <translation>Para cuando alguien pueda intentar adivinar su frase de contraseña en esta aplicación. El recuento se mantiene aunque se reinicie la aplicación; la ventana de desbloqueo muestra los intentos que quedan. No protege frente a quien copie los archivos de la caja fuerte. Si activa esta opción, guarde una copia de seguridad en otro lugar.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backups: when you unlock, at most once a day, hrdesk keeps an encrypted copy in the vault folder (the last %n). They open with your current passphrase and are erased with the vault. To survive losing this computer, use “Back up now…” to save one elsewhere.</source>
        <translation>
            <numerusform>Copias de seguridad automáticas: al desbloquear, como máximo una vez al día, hrdesk guarda una copia cifrada en la carpeta de la caja fuerte (solo se conserva la última). Se abre con su frase de contraseña actual y se borra junto con la caja fuerte. Para no perderlo todo si pierde este equipo, use «Hacer una copia de seguridad ahora…» y guárdela en otro lugar.</numerusform>
            <numerusform>Copias de seguridad automáticas: al desbloquear, como máximo una vez al día, hrdesk guarda una copia cifrada en la carpeta de la caja fuerte (se conservan las %n últimas). Se abren con su frase de contraseña actual y se borran junto con la caja fuerte. Para no perderlo todo si pierde este equipo, use «Hacer una copia de seguridad ahora…» y guárdela en otro lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>Copias automáticas con&amp;servadas:</translation>
    </message>
    <message>
        <source>How many automatic backups the vault folder keeps</source>
        <translation>Cuántas copias de seguridad automáticas conserva la carpeta de la caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer una copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Emergency &amp;erase…</source>
        <translation>Borrado de &amp;emergencia…</translation>
    </message>
    <message>
        <source>After an erase, this computer still has hrdesk itself and its settings file (language, window size, these keys; nothing of your cases). hrdesk keeps no list of recent files or folders. Files you exported or backed up elsewhere are not touched.</source>
        <translation>Después de un borrado, en este equipo quedan hrdesk y su archivo de configuración (idioma, tamaño de la ventana, estas teclas; nada de sus casos). hrdesk no guarda ninguna lista de archivos ni carpetas recientes. Los archivos que haya exportado o copiado en otro lugar no se tocan.</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad automática.</translation>
    </message>
    <message numerus="yes">
        <source>Now: %n automatic backup(s), %1 in all.</source>
        <translation>
            <numerusform>Ahora: %n copia de seguridad automática, %1 en total.</numerusform>
            <numerusform>Ahora: %n copias de seguridad automáticas, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest are deleted at the next automatic backup.</source>
        <translation>Las más antiguas se borrarán en la próxima copia de seguridad automática.</translation>
    </message>
    <message>
        <source>Erase after wrong passphrases</source>
        <translation>Borrar tras frases de contraseña incorrectas</translation>
    </message>
    <message>
        <source>After %1 wrong passphrases in a row, hrdesk will erase the vault for good. A forgotten passphrase or a wrong keyboard layout counts too. Turn this on?</source>
        <translation>Tras %1 frases de contraseña incorrectas seguidas, hrdesk borrará la caja fuerte para siempre. También cuentan los intentos fallidos por haber olvidado la frase de contraseña o por usar una distribución de teclado equivocada. ¿Activar esta opción?</translation>
    </message>
    <message>
        <source>Attempt limit</source>
        <translation>Límite de intentos</translation>
    </message>
    <message>
        <source>The setting could not be saved. Nothing was changed.</source>
        <translation>No se pudo guardar la configuración. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>SafetyCardDialog</name>
    <message>
        <source>Keep your vault safe — hrdesk</source>
        <translation>Proteja su caja fuerte — hrdesk</translation>
    </message>
    <message>
        <source>Your vault is ready. Five habits keep it safe</source>
        <translation>Su caja fuerte está lista. Cinco hábitos la protegen</translation>
    </message>
    <message>
        <source>Press %1 to lock the vault and hide every hrdesk window at once, if someone comes in or asks to see the screen. You can change these keys in Settings.</source>
        <translation>Pulse %1 para bloquear la caja fuerte y ocultar a la vez todas las ventanas de hrdesk si alguien entra o pide ver la pantalla. Puede cambiar estas teclas en Configuración.</translation>
    </message>
    <message>
        <source>Lock and hide is turned off. You can choose its keys in Settings.</source>
        <translation>Bloquear y ocultar está desactivado. Puede elegir sus teclas en Configuración.</translation>
    </message>
    <message>
        <source>Press %1 to lock the vault whenever you step away. hrdesk also locks itself after a few idle minutes and when you quit.</source>
        <translation>Pulse %1 para bloquear la caja fuerte cada vez que se aparte del ordenador. hrdesk también se bloquea solo tras unos minutos de inactividad y al salir.</translation>
    </message>
    <message>
        <source>Back up to a USB stick (Settings, Back up now) and keep the stick somewhere else: if this computer is seized or broken, the backup is how you start again.</source>
        <translation>Haga copias de seguridad en una memoria USB (Configuración, «Hacer una copia de seguridad ahora») y guárdela en otro lugar: si este ordenador es incautado o se estropea, la copia es lo que le permite empezar de nuevo.</translation>
    </message>
    <message>
        <source>On Linux, hrdesk cannot stop screenshots or screen sharing. Lock hrdesk before you share your screen or let anyone record it.</source>
        <translation>En Linux, hrdesk no puede impedir las capturas de pantalla ni la pantalla compartida. Bloquee hrdesk antes de compartir su pantalla o de dejar que alguien la grabe.</translation>
    </message>
    <message>
        <source>Help (F1) explains all of this and more. It works offline, like the rest of hrdesk.</source>
        <translation>La ayuda (F1) explica todo esto y más. Funciona sin conexión, como el resto de hrdesk.</translation>
    </message>
    <message>
        <source>Open &amp;Help</source>
        <translation>Abrir la a&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Entendido</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>Show more…</source>
        <translation>Mostrar más…</translation>
    </message>
    <message>
        <source>Embassies: the first %1 of %2</source>
        <translation>Embajadas: las %1 primeras de %2</translation>
    </message>
    <message>
        <source>Officers: the first %1 of %2</source>
        <translation>Funcionarios: los %1 primeros de %2</translation>
    </message>
    <message>
        <source>Interactions: the newest %1 of %2</source>
        <translation>Interacciones: las %1 más recientes de %2</translation>
    </message>
    <message numerus="yes">
        <source>Embassies: the first %n</source>
        <translation>
            <numerusform>Embajadas: la primera</numerusform>
            <numerusform>Embajadas: las %n primeras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embassies (%n)</source>
        <translation>
            <numerusform>Embajadas (%n)</numerusform>
            <numerusform>Embajadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers: the first %n</source>
        <translation>
            <numerusform>Funcionarios: el primero</numerusform>
            <numerusform>Funcionarios: los %n primeros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers (%n)</source>
        <translation>
            <numerusform>Funcionarios (%n)</numerusform>
            <numerusform>Funcionarios (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions: the newest %n</source>
        <translation>
            <numerusform>Interacciones: la más reciente</numerusform>
            <numerusform>Interacciones: las %n más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions (%n)</source>
        <translation>
            <numerusform>Interacciones (%n)</numerusform>
            <numerusform>Interacciones (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Idioma de la aplicación:</translation>
    </message>
    <message>
        <source>Arabic &amp;digits:</source>
        <translation>Ci&amp;fras en árabe:</translation>
    </message>
    <message>
        <source>Arabic &amp;month names:</source>
        <translation>Nombres de los &amp;meses en árabe:</translation>
    </message>
    <message>
        <source>Western (%1)</source>
        <translation>Occidentales (%1)</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>Arábigo-índicas (%1)</translation>
    </message>
    <message>
        <source>Both names (%1)</source>
        <translation>Ambos nombres (%1)</translation>
    </message>
    <message>
        <source>Levantine (%1)</source>
        <translation>Levantinos (%1)</translation>
    </message>
    <message>
        <source>Egyptian and Gulf (%1)</source>
        <translation>Egipcios y del Golfo (%1)</translation>
    </message>
    <message>
        <source>Used wherever dates and numbers are written in Arabic: the app, the brief and the email.</source>
        <translation>Se usan dondequiera que las fechas y los números se escriban en árabe: la aplicación, el dosier y el correo.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock &amp;after this many idle minutes:</source>
        <translation>B&amp;loquear tras estos minutos de inactividad:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes before the vault locks itself</source>
        <translation>Minutos de inactividad antes de que la caja fuerte se bloquee sola</translation>
    </message>
    <message>
        <source>Lock now (%1)</source>
        <translation>Bloquear ahora (%1)</translation>
    </message>
    <message>
        <source>Key derivation: Argon2id, %1 MiB of memory, time cost %2</source>
        <translation>Derivación de la clave: Argon2id, %1 MiB de memoria, %2 iteraciones (coste de tiempo)</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>&amp;Remember the vault on this device (system keyring)</source>
        <translation>&amp;Recordar la caja fuerte en este dispositivo (llavero del sistema)</translation>
    </message>
    <message>
        <source>Convenient but weaker: anyone who can use your computer account while you are logged in can then open the vault without the passphrase. Leave this off if the computer may be taken or shared. Your passphrase still works either way.</source>
        <translation>Es cómodo, pero menos seguro: cualquier persona que pueda usar su cuenta del equipo mientras usted tiene la sesión iniciada podrá abrir la caja fuerte sin la frase de contraseña. Deje esta opción desactivada si alguien podría llevarse el equipo o si lo comparte. Su frase de contraseña sigue funcionando en ambos casos.</translation>
    </message>
    <message>
        <source>Not available: no system keyring service is running on this device. Everything else works; you type your passphrase each time.</source>
        <translation>No disponible: en este dispositivo no se está ejecutando ningún servicio de llavero del sistema. Todo lo demás funciona; solo tendrá que escribir su frase de contraseña cada vez.</translation>
    </message>
    <message>
        <source>Passphrase and vault</source>
        <translation>Frase de contraseña y caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Carpeta de la caja fuerte: %1</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>The system keyring did not accept the change. Nothing was stored.</source>
        <translation>El llavero del sistema no aceptó el cambio. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>SupportCatalogue</name>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>Nota sobre: %1</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Approx.</source>
        <comment>short for: the date is approximate</comment>
        <translation>Aprox.</translation>
    </message>
    <message>
        <source>Tick when the date is approximate (or type ~ before the date)</source>
        <translation>Marque esta casilla si la fecha es aproximada (o escriba ~ delante de la fecha)</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Difusión</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Personas implicadas</translation>
    </message>
    <message>
        <source>Sources or evidence</source>
        <translation>Fuentes o pruebas</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Añadir un hecho</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Duplicar el hecho</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) deleted.</source>
        <translation>
            <numerusform>%n hecho eliminado.</numerusform>
            <numerusform>%n hechos eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hecho</numerusform>
            <numerusform>%n hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of events, earliest first</source>
        <translation>Cronología de los hechos, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>No events yet. Press Insert (or choose Add event) and type the date, then Tab to the next cell. A year alone (2019) or a month (2019-03) is fine.</source>
        <translation>Aún no hay hechos. Pulse Insert (o elija «Añadir un hecho») y escriba la fecha; luego pase a la celda siguiente con Tab. Basta con el año (2019) o con el mes (2019-03).</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>The facts, as a timeline of events</source>
        <translation>Los hechos, en forma de cronología</translation>
    </message>
    <message>
        <source>One row per event: threats, surveillance, attacks, arrests, charges, hearings, raids, smear campaigns. Each row says who may see it on paper: the brief you hand over, only your own speaker notes, or no printout at all.</source>
        <translation>Una fila por hecho: amenazas, vigilancia, agresiones, detenciones, imputaciones, audiencias, registros o allanamientos, campañas de difamación. Cada fila indica en qué papel puede aparecer: en el dosier que usted entrega, solo en sus notas personales o en ningún documento impreso.</translation>
    </message>
    <message>
        <source>New &amp;events and outreach are marked:</source>
        <translation>Los nuevos &amp;hechos y gestiones se marcan como:</translation>
    </message>
    <message>
        <source>Disclosure level for new events and outreach</source>
        <translation>Nivel de difusión de los nuevos hechos y gestiones</translation>
    </message>
    <message>
        <source>This event repeats one already in the timeline (%1, %2). Merge the two, or keep both?</source>
        <translation>Este hecho repite otro que ya está en la cronología (%1, %2). ¿Quiere fusionarlos o conservar ambos?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>%1 is in the future. The event is kept with this date; check it if it was a typo.</source>
        <translation>%1 es una fecha futura. El hecho se guarda con esta fecha; revísela por si se trata de un error de escritura.</translation>
    </message>
    <message>
        <source>Merge events</source>
        <translation>Fusionar hechos</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Con %n día de retraso</numerusform>
            <numerusform>Con %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), on %1</source>
        <translation>
            <numerusform>Vence dentro de %n día, el %1</numerusform>
            <numerusform>Vence dentro de %n días, el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>kind of contact, then its date: Meeting on 3 May 2026</comment>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Left on %1, no successor recorded</source>
        <translation>Dejó el puesto el %1; no consta quién le sustituye</translation>
    </message>
    <message numerus="yes">
        <source>Was expected to leave %n day(s) ago</source>
        <translation>
            <numerusform>Su salida estaba prevista hace %n día</numerusform>
            <numerusform>Su salida estaba prevista hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting ends today</source>
        <translation>Su destino termina hoy</translation>
    </message>
    <message numerus="yes">
        <source>Posting ends in %n day(s), on %1</source>
        <translation>
            <numerusform>Su destino termina dentro de %n día, el %1</numerusform>
            <numerusform>Su destino termina dentro de %n días, el %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised for %1, %n day(s) ago</source>
        <translation>
            <numerusform>Prometido para el %1, hace %n día</numerusform>
            <numerusform>Prometido para el %1, hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation>Aún no hay contactos registrados</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Sin contacto desde hace %n día</numerusform>
            <numerusform>Sin contacto desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Último contacto: %1</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir la ficha de %1</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Actualizar…</translation>
    </message>
    <message>
        <source>Update the commitment</source>
        <translation>Actualizar el compromiso</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Registrar una interacción</translation>
    </message>
    <message>
        <source>Log an interaction for %1</source>
        <translation>Registrar una interacción: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mark the follow-up done: %1</source>
        <translation>Marcar el seguimiento como hecho: %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dentro de %n día</numerusform>
            <numerusform>Dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>On another day…</source>
        <translation>Otro día…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Snooze or reschedule: %1</source>
        <translation>Posponer o cambiar la fecha: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Abrir: %1</translation>
    </message>
    <message>
        <source>Why this matters:</source>
        <translation>Por qué es importante:</translation>
    </message>
    <message>
        <source>Following up after a meeting</source>
        <translation>El seguimiento después de una reunión</translation>
    </message>
    <message>
        <source>When officials move on</source>
        <translation>Cuando los funcionarios cambian de puesto</translation>
    </message>
    <message>
        <source>&amp;Days without contact:</source>
        <translation>&amp;Días sin contacto:</translation>
    </message>
    <message>
        <source>Days without contact before an embassy or case is listed</source>
        <translation>Días sin contacto antes de que una embajada o un caso aparezca en la lista</translation>
    </message>
    <message>
        <source>Nothing needs you today</source>
        <translation>Hoy no hay nada pendiente</translation>
    </message>
    <message>
        <source>No follow-ups are due, no officer is about to leave and no commitment is overdue.</source>
        <translation>No vence ningún seguimiento, ningún funcionario está a punto de dejar su puesto y no hay compromisos vencidos.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Seguimientos (%n)</numerusform>
            <numerusform>Seguimientos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n oldest. Mark some done to see the rest.</source>
        <translation>
            <numerusform>Se muestra solo el más antiguo. Márquelo como hecho para ver el resto.</numerusform>
            <numerusform>Se muestran los %n más antiguos. Marque algunos como hechos para ver el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for a new point of contact</source>
        <translation>Pedir una nueva persona de contacto</translation>
    </message>
    <message>
        <source>These officers are leaving or have left. Ask the embassy who takes over, then record the successor.</source>
        <translation>Estos funcionarios van a dejar su puesto o ya lo han dejado. Pregunte a la embajada quién les sustituye y registre después a la persona sucesora.</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Compromisos vencidos</translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>Próximamente (%n)</numerusform>
            <numerusform>Próximamente (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s).</source>
        <translation>
            <numerusform>No vence nada mañana.</numerusform>
            <numerusform>No vence nada en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due in the next %n day(s).</source>
        <translation>
            <numerusform>Seguimientos que vencen mañana.</numerusform>
            <numerusform>Seguimientos que vencen en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n.</source>
        <translation>
            <numerusform>Se muestra solo el primero.</numerusform>
            <numerusform>Se muestran los %n primeros.</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>Sin contacto reciente</translation>
    </message>
    <message numerus="yes">
        <source>Every embassy and open case has had contact in the last %n day(s).</source>
        <translation>
            <numerusform>Todas las embajadas y todos los casos abiertos han tenido contacto en el último día.</numerusform>
            <numerusform>Todas las embajadas y todos los casos abiertos han tenido contacto en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engage early and often, so the embassy knows you before an emergency.</source>
        <translation>Manténgase en contacto pronto y a menudo, para que la embajada le conozca antes de una emergencia.</translation>
    </message>
</context>
<context>
    <name>TodaySettingsBox</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>&amp;Show follow-ups coming up in the next days:</source>
        <translation>Mostrar los seguimientos de los próximos &amp;días:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No mostrar</translation>
    </message>
    <message>
        <source>Days ahead shown under Coming up on Today</source>
        <translation>Días por delante que se muestran en Próximamente, en Hoy</translation>
    </message>
    <message>
        <source>Today lists what is due or overdue, then what comes up in these days (0 turns it off).</source>
        <translation>Hoy muestra lo que vence o está atrasado y, después, lo que llega en estos días (0 lo desactiva).</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — hrdesk</source>
        <translation>Desbloquear — hrdesk</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Desbloquee su caja fuerte</translation>
    </message>
    <message>
        <source>Your vault is locked. Type your passphrase to open it.</source>
        <translation>Su caja fuerte está bloqueada. Escriba su frase de contraseña para abrirla.</translation>
    </message>
    <message>
        <source>Demo: the passphrase is %1</source>
        <translation>Demostración: la frase de contraseña es %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message numerus="yes">
        <source>Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>Intentos restantes antes de que se borre la caja fuerte: %n.</numerusform>
            <numerusform>Intentos restantes antes de que se borre la caja fuerte: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of wrong passphrases was edited or deleted.</source>
        <translation>El registro de frases de contraseña incorrectas se ha modificado o eliminado.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Still unlocking… The first time a new version of hrdesk opens a vault, it may update it, which can take a minute for a large contact log.</source>
        <translation>Aún se está desbloqueando… La primera vez que una nueva versión de hrdesk abre una caja fuerte, puede actualizarla; con un registro de contactos grande, eso tarda hasta un minuto.</translation>
    </message>
    <message>
        <source>Locked. Type your passphrase again to open the vault.</source>
        <translation>Bloqueada. Vuelva a escribir su frase de contraseña para abrir la caja fuerte.</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not correct. Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>Esa frase de contraseña no es correcta. Intentos restantes antes de que se borre la caja fuerte: %n.</numerusform>
            <numerusform>Esa frase de contraseña no es correcta. Intentos restantes antes de que se borre la caja fuerte: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase is not correct. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Esa frase de contraseña no es correcta. Compruebe el idioma del teclado y la tecla Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This vault is open in another hrdesk window. Close it there first.</source>
        <translation>Esta caja fuerte está abierta en otra ventana de hrdesk. Ciérrela primero allí.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged or are not an hrdesk vault. Nothing was changed. If you have a backup, you can restore it.</source>
        <translation>Los archivos de la caja fuerte están dañados o no son una caja fuerte de hrdesk. No se ha cambiado nada. Si tiene una copia de seguridad, puede restaurarla.</translation>
    </message>
    <message>
        <source>The vault could not be opened. Nothing was changed.</source>
        <translation>No se pudo abrir la caja fuerte. No se ha cambiado nada.</translation>
    </message>
</context>
</TS>
