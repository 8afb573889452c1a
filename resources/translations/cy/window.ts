<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reflective Supervision Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective Supervision Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted journal for practice leaders and practice supervisors in children&apos;s social care: reflect after supervision and leadership moments, link reflections to the knowledge and skills statements, and prepare evidence for your appraisal.

Your reflections stay on this computer, encrypted with a key protected by your passphrase. Nothing is sent over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Icons drawn for this project. Built with Qt for Python (PySide6) and SQLCipher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt} (PySide6 {pyside}), SQLCipher {sqlcipher} (SQLite {sqlite}), reportlab {reportlab}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWatch</name>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup over a week ago: File &gt; Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{status} · %n damaged backup(s) not used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageHeatMap</name>
    <message numerus="yes">
        <source>%1: %n reflection(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) for %1 in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections per domain and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Appraisal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks suggested for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move tags to the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the last move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Work England CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number is how many reflections evidence that domain in that month; the stronger the colour, the more there are. Dotted boxes are months still to come. Click a number to see those reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections by domain and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out your coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) in this appraisal year</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (%2, %3). Checked %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording not yet confirmed against the published document: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for your role and registration: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming: %1, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) still on version %1 of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n tag(s) on version %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Social Care Wales CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD: Social Work England and Social Care Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Care Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD records: %1 of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With peer reflection: %1 of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open actions for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdDialog</name>
    <message>
        <source>Copy for Social Work England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your reflection “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each registration year needs at least two CPD records, one of them with peer reflection. When you close this window, anything you copied from it is cleared from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check before you paste: this reflection has words that could identify a child, family or person: {found}. Change them in the reflection (for example to “Child A”), then open this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for SWE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for Social Work England: each part of this CPD record, ready to paste into Social Work England&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying details found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Work England&apos;s website takes your CPD record one box at a time. Sign in there, then copy each part below in turn and paste it into the matching box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reflection is in the trash. Restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reflection was not written with the CPD record model, so some parts are taken from its nearest sections: read them before you paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description and why it was relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on my practice and on people I work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written for this yet. Add it to the reflection, then open this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something in this CPD record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is copied. Paste it into the matching box on the Social Work England website.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Left and Right move between day, month and year; Up and Down change them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>No domains tagged yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Domains: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tagged to any domain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new reflection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections yet — press Ctrl+N to write your first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections here for these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exact wording, newest first: %n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search, all dates: %n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Add a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFs and pictures (*.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFs and pictures up to %1 are kept inside your encrypted journal. Opening one puts a private copy in your temporary folder for your viewer; it is removed when the journal locks. The identifier check cannot read inside files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this file from your journal? Backups made before keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingKind</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkImport</name>
    <message>
        <source>Framework files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{title}” (%n domain(s)) is ready: you can tag reflections with it, and see its coverage.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalApp</name>
    <message>
        <source>Demo journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Your saved reflections are safe. If it happens again, save your work and restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo journal. Its passphrase is: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a year of example reflections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your recovery key still works: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Added to the names you protect: always written as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reflection: saved as you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the message above the reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection deleted for ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for ever?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reflection will be deleted for ever. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved text? The journal closed before your last changes to “%1” were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will speak %1 from the next time you open it. Its words are set as each window is built, so the windows open now keep theirs. Nothing you have written is affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflections are hidden and the journal&apos;s key is out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reflective Supervision Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} – demo journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encrypted · locks after %n minute(s) without activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locked at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. If you go on, they will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneSwitcher</name>
    <message>
        <source>Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search reflections (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear as you type. Press Escape to go back to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections match “%1”. Try fewer or different words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Show reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appraisal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last appraisal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing reflections from any date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n reflection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>This journal is already open in another window of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal-app: the journal is already open; that window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagMoveDialog</name>
    <message>
        <source>Move tags to the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your %1 tags from version %2 to version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 applies from %2. Reflections dated before then keep their version %3 tags, because that is the version they were written against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also move the tags on reflections dated before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tag moves to the section the new version names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags that will move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) will move</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept on the earlier version</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: no counterpart in the new version</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask about this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions overdue and due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appraisal meeting date is set (set it in the Appraisal view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs you this week. Write when something is on your mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 you wrote “%2” and planned actions. What changed since?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this: nothing here is sent to a calendar or a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections waiting for a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Work England CPD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the actions change, for you, your team or the families you serve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your appraisal meeting is on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoTrash</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash. Undo brings it back (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export appraisal PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a framework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names I &amp;protect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reflections from JS&amp;ON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_support</name>
    <message>
        <source>Appraisal evidence {years}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing further was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
