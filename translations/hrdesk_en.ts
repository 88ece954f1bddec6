<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BriefExportDialog</name>
    <message numerus="yes">
        <source>Pages: %n. Nothing is saved until you choose Save as PDF.</source>
        <translation>
            <numerusform>Pages: %n. Nothing is saved until you choose Save as PDF.</numerusform>
            <numerusform>Pages: %n. Nothing is saved until you choose Save as PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message numerus="yes">
        <source>%n item(s) of this case are marked “Never print”. Include them in the file too? Choose Yes to include them, Cancel to leave them out.</source>
        <translation>
            <numerusform>%n item of this case are marked “Never print”. Include them in the file too? Choose Yes to include them, Cancel to leave them out.</numerusform>
            <numerusform>%n items of this case are marked “Never print”. Include them in the file too? Choose Yes to include them, Cancel to leave them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactRefusals</name>
    <message numerus="yes">
        <source>This officer appears in %n interactions, so deleting them would change your history. If they moved on, mark them as left instead.</source>
        <translation>
            <numerusform>This officer appears in %n interaction, so deleting them would change your history. If they moved on, mark them as left instead.</numerusform>
            <numerusform>This officer appears in %n interactions, so deleting them would change your history. If they moved on, mark them as left instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers are recorded at this embassy. Their history stays with the embassy, so it cannot be deleted.</source>
        <translation>
            <numerusform>%n officer is recorded at this embassy. Their history stays with the embassy, so it cannot be deleted.</numerusform>
            <numerusform>%n officers are recorded at this embassy. Their history stays with the embassy, so it cannot be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message numerus="yes">
        <source>“%1” is not a date: %2 has only %n days.</source>
        <translation>
            <numerusform>“%1” is not a date: %2 has only %n day.</numerusform>
            <numerusform>“%1” is not a date: %2 has only %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosurePreview</name>
    <message numerus="yes">
        <source>In the brief you hand over (%n item(s))</source>
        <translation>
            <numerusform>In the brief you hand over (%n item)</numerusform>
            <numerusform>In the brief you hand over (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only in your speaker notes (%n item(s))</source>
        <translation>
            <numerusform>Only in your speaker notes (%n item)</numerusform>
            <numerusform>Only in your speaker notes (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In no printout (%n item(s))</source>
        <translation>
            <numerusform>In no printout (%n item)</numerusform>
            <numerusform>In no printout (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case details and your request (%n)</source>
        <translation>
            <numerusform>Case details and your request (%n)</numerusform>
            <numerusform>Case details and your request (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailDraftDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be emptied in %n seconds if it still holds the draft.</source>
        <translation>
            <numerusform>Copied. The clipboard will be emptied in %n second if it still holds the draft.</numerusform>
            <numerusform>Copied. The clipboard will be emptied in %n seconds if it still holds the draft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbassiesEditor</name>
    <message numerus="yes">
        <source>%n embassies: good, several governments can act together.</source>
        <translation>
            <numerusform>%n embassy: good, several governments can act together.</numerusform>
            <numerusform>%n embassies: good, several governments can act together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOverTexts</name>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open commitment(s)</source>
        <translation>
            <numerusform>%n open commitment</numerusform>
            <numerusform>%n open commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) still to make</source>
        <translation>
            <numerusform>%n follow-up still to make</numerusform>
            <numerusform>%n follow-ups still to make</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message numerus="yes">
        <source>%n random words, hidden until you press the eye. Write them down, then type them again in the repeat field.</source>
        <translation>
            <numerusform>%n random word, hidden until you press the eye. Write it down, then type it again in the repeat field.</numerusform>
            <numerusform>%n random words, hidden until you press the eye. Write them down, then type them again in the repeat field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message numerus="yes">
        <source>Expected to leave on %1, in %n days.</source>
        <translation>
            <numerusform>Expected to leave on %1, in %n day.</numerusform>
            <numerusform>Expected to leave on %1, in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutreachPage</name>
    <message numerus="yes">
        <source>%n outreach item(s) deleted.</source>
        <translation>
            <numerusform>%n outreach item deleted.</numerusform>
            <numerusform>%n outreach items deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outreach item(s)</source>
        <translation>
            <numerusform>%n outreach item</numerusform>
            <numerusform>%n outreach items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPasswordFields</name>
    <message numerus="yes">
        <source>The PDF password needs at least %n characters.</source>
        <translation>
            <numerusform>The PDF password needs at least %n character.</numerusform>
            <numerusform>The PDF password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n item(s) still missing. Use the buttons to go where each is filled in.</source>
        <translation>
            <numerusform>%n item still missing. Use the buttons to go where each is filled in.</numerusform>
            <numerusform>%n items still missing. Use the buttons to go where each is filled in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyBox</name>
    <message numerus="yes">
        <source>Automatic backups: when you unlock, at most once a day, hrdesk keeps an encrypted copy in the vault folder (the last %n). They open with your current passphrase and are erased with the vault. To survive losing this computer, use “Back up now…” to save one elsewhere.</source>
        <translation>
            <numerusform>Automatic backups: when you unlock, at most once a day, hrdesk keeps an encrypted copy in the vault folder (the last %n). They open with your current passphrase and are erased with the vault. To survive losing this computer, use “Back up now…” to save one elsewhere.</numerusform>
            <numerusform>Automatic backups: when you unlock, at most once a day, hrdesk keeps an encrypted copy in the vault folder (the last %n). They open with your current passphrase and are erased with the vault. To survive losing this computer, use “Back up now…” to save one elsewhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %n automatic backup(s), %1 in all.</source>
        <translation>
            <numerusform>Now: %n automatic backup, %1 in all.</numerusform>
            <numerusform>Now: %n automatic backups, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message numerus="yes">
        <source>Embassies: the first %n</source>
        <translation>
            <numerusform>Embassies: the first %n</numerusform>
            <numerusform>Embassies: the first %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embassies (%n)</source>
        <translation>
            <numerusform>Embassies (%n)</numerusform>
            <numerusform>Embassies (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers: the first %n</source>
        <translation>
            <numerusform>Officers: the first %n</numerusform>
            <numerusform>Officers: the first %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Officers (%n)</source>
        <translation>
            <numerusform>Officers (%n)</numerusform>
            <numerusform>Officers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions: the newest %n</source>
        <translation>
            <numerusform>Interactions: the newest %n</numerusform>
            <numerusform>Interactions: the newest %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interactions (%n)</source>
        <translation>
            <numerusform>Interactions (%n)</numerusform>
            <numerusform>Interactions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>%n event(s) deleted.</source>
        <translation>
            <numerusform>%n event deleted.</numerusform>
            <numerusform>%n events deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Was expected to leave %n day(s) ago</source>
        <translation>
            <numerusform>Was expected to leave %n day ago</numerusform>
            <numerusform>Was expected to leave %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posting ends in %n day(s), on %1</source>
        <translation>
            <numerusform>Posting ends in %n day, on %1</numerusform>
            <numerusform>Posting ends in %n days, on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised for %1, %n day(s) ago</source>
        <translation>
            <numerusform>Promised for %1, %n day ago</numerusform>
            <numerusform>Promised for %1, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), on %1</source>
        <translation>
            <numerusform>Due in %n day, on %1</numerusform>
            <numerusform>Due in %n days, on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Follow-ups (%n)</numerusform>
            <numerusform>Follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n oldest. Mark some done to see the rest.</source>
        <translation>
            <numerusform>Showing the %n oldest. Mark some done to see the rest.</numerusform>
            <numerusform>Showing the %n oldest. Mark some done to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>Coming up (%n)</numerusform>
            <numerusform>Coming up (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing is due in the next day.</numerusform>
            <numerusform>Nothing is due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due in the next %n day(s).</source>
        <translation>
            <numerusform>Follow-ups due in the next day.</numerusform>
            <numerusform>Follow-ups due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n.</source>
        <translation>
            <numerusform>Showing the first one.</numerusform>
            <numerusform>Showing the first %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every embassy and open case has had contact in the last %n day(s).</source>
        <translation>
            <numerusform>Every embassy and open case has had contact in the last %n day.</numerusform>
            <numerusform>Every embassy and open case has had contact in the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <source>Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>Attempts left before the vault is erased: %n.</numerusform>
            <numerusform>Attempts left before the vault is erased: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That passphrase is not correct. Attempts left before the vault is erased: %n.</source>
        <translation>
            <numerusform>That passphrase is not correct. Attempts left before the vault is erased: %n.</numerusform>
            <numerusform>That passphrase is not correct. Attempts left before the vault is erased: %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
