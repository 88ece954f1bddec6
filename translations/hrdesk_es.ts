<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>CasesScreen</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Todavía no hay casos</translation>
    </message>
    <message>
        <source>A case gathers the three things an embassy needs from you: your specific request for help, the facts as a timeline of events, and the outreach you have already done. Until the case wizard is available, read the Reference panels to prepare what to bring.</source>
        <translation>Un caso reúne las tres cosas que una embajada necesita de usted: su petición concreta de ayuda, los hechos en una cronología y las gestiones que ya ha hecho. Mientras el asistente de casos no esté disponible, lea los paneles de la Guía para preparar lo que debe llevar.</translation>
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
    <message numerus="yes">
        <source>The new passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>La nueva frase de contraseña debe tener al menos %n carácter.</numerusform>
            <numerusform>La nueva frase de contraseña debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
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
    <name>ContactsScreen</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Todavía no hay contactos</translation>
    </message>
    <message>
        <source>The contact log keeps the embassy officers you meet, what they promised and when to follow up. Officers move to new posts every three or four years, so keep a note of every meeting and ask who will take over before someone leaves.</source>
        <translation>El registro de contactos guarda los datos de los funcionarios de embajada con quienes se reúne, lo que prometieron y cuándo hacer seguimiento. Los funcionarios cambian de destino cada tres o cuatro años: anote cada reunión y, antes de que alguien se vaya, pregunte quién se hará cargo de su caso.</translation>
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
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
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
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Demasiado corta: use al menos %n carácter.</numerusform>
            <numerusform>Demasiado corta: use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Débil: fácil de adivinar. Añada más palabras.</translation>
    </message>
    <message>
        <source>Fair: add another word or two.</source>
        <translation>Aceptable: añada una o dos palabras más.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
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
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
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
    <name>ReferenceScreen</name>
    <message>
        <source>Reference</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Offline guidance on what embassies can do, who to meet, emergency funds, visa routes and sanctions tools will appear here.</source>
        <translation>Aquí encontrará orientación, disponible sin conexión, sobre lo que pueden hacer las embajadas, con quién reunirse, fondos de emergencia, vías para obtener visas y herramientas de sanción.</translation>
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
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock &amp;after this many idle minutes:</source>
        <translation>Bloquear &amp;tras estos minutos de inactividad:</translation>
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
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
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
        <source>Key derivation: Argon2id, %1 MiB of memory, %2 passes</source>
        <translation>Derivación de clave: Argon2id, %1 MiB de memoria, %2 pasadas</translation>
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
        <source>Type your passphrase first.</source>
        <translation>Primero escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
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
