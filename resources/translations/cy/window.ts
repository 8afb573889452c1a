<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reflective Supervision Journal</source>
        <translation>Ynghylch Dyddlyfr Goruchwyliaeth Fyfyriol</translation>
    </message>
    <message>
        <source>Reflective Supervision Journal</source>
        <translation>Dyddlyfr Goruchwyliaeth Fyfyriol</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Fersiwn {version}</translation>
    </message>
    <message>
        <source>An encrypted journal for practice leaders and practice supervisors in children&apos;s social care: reflect after supervision and leadership moments, link reflections to the knowledge and skills statements, and prepare evidence for your appraisal.

Your reflections stay on this computer, encrypted with a key protected by your passphrase. Nothing is sent over the internet.</source>
        <translation>Dyddlyfr wedi&apos;i amgryptio ar gyfer arweinwyr ymarfer a goruchwylwyr ymarfer ym maes gofal cymdeithasol plant: myfyriwch ar ôl goruchwyliaeth ac eiliadau arwain, cysylltwch fyfyrdodau â&apos;r datganiadau gwybodaeth a sgiliau, a pharatowch dystiolaeth ar gyfer eich arfarniad.

Mae eich myfyrdodau&apos;n aros ar y cyfrifiadur hwn, wedi&apos;u hamgryptio ag allwedd a ddiogelir gan eich cyfrinymadrodd. Does dim yn cael ei anfon dros y rhyngrwyd.</translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation>Ffolder y dyddlyfr: {folder}</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. Icons drawn for this project. Built with Qt for Python (PySide6) and SQLCipher.</source>
        <translation>Meddalwedd rydd o dan drwydded MIT. Eiconau wedi&apos;u llunio ar gyfer y prosiect hwn. Wedi&apos;i adeiladu gyda Qt for Python (PySide6) a SQLCipher.</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt} (PySide6 {pyside}), SQLCipher {sqlcipher} (SQLite {sqlite}), reportlab {reportlab}</source>
        <translation>Python {python}, Qt {qt} (PySide6 {pyside}), SQLCipher {sqlcipher} (SQLite {sqlite}), reportlab {reportlab}</translation>
    </message>
</context>
<context>
    <name>BackupWatch</name>
    <message>
        <source>Backup status</source>
        <translation>Statws copïau wrth gefn</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Dim copi wrth gefn eto</translation>
    </message>
    <message>
        <source>Last backup over a week ago: File &gt; Back up now</source>
        <translation>Y copi wrth gefn olaf dros wythnos yn ôl: Ffeil &gt; Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Backed up {when}</source>
        <translation>Copi wrth gefn wedi&apos;i wneud {when}</translation>
    </message>
    <message numerus="yes">
        <source>{status} · %n damaged backup(s) not used</source>
        <translation>
            <numerusform>{status} · %n copi wrth gefn wedi&apos;u difrodi heb eu defnyddio</numerusform>
            <numerusform>{status} · %n copi wrth gefn wedi&apos;i ddifrodi heb ei ddefnyddio</numerusform>
            <numerusform>{status} · %n gopi wrth gefn wedi&apos;u difrodi heb eu defnyddio</numerusform>
            <numerusform>{status} · %n chopi wrth gefn wedi&apos;u difrodi heb eu defnyddio</numerusform>
            <numerusform>{status} · %n o gopïau wrth gefn wedi&apos;u difrodi heb eu defnyddio</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
</context>
<context>
    <name>CoverageHeatMap</name>
    <message numerus="yes">
        <source>%1: %n reflection(s).</source>
        <translation>
            <numerusform>%1: dim myfyrdodau.</numerusform>
            <numerusform>%1: %n myfyrdod.</numerusform>
            <numerusform>%1: %n fyfyrdod.</numerusform>
            <numerusform>%1: %n myfyrdod.</numerusform>
            <numerusform>%1: %n o fyfyrdodau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) for %1 in %2</source>
        <translation>
            <numerusform>Dim myfyrdodau ar gyfer %1 ym mis %2</numerusform>
            <numerusform>%n myfyrdod ar gyfer %1 ym mis %2</numerusform>
            <numerusform>%n fyfyrdod ar gyfer %1 ym mis %2</numerusform>
            <numerusform>%n myfyrdod ar gyfer %1 ym mis %2</numerusform>
            <numerusform>%n o fyfyrdodau ar gyfer %1 ym mis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections per domain and month</source>
        <translation>Myfyrdodau fesul parth a mis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfan</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Appraisal year</source>
        <translation>Blwyddyn arfarnu</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Source of the framework</source>
        <translation>Ffynhonnell y fframwaith</translation>
    </message>
    <message>
        <source>Frameworks suggested for you</source>
        <translation>Fframweithiau a awgrymir i chi</translation>
    </message>
    <message>
        <source>&amp;Move tags to the new version…</source>
        <translation>&amp;Symud tagiau i&apos;r fersiwn newydd…</translation>
    </message>
    <message>
        <source>&amp;Undo the last move</source>
        <translation>&amp;Dadwneud y symud diwethaf</translation>
    </message>
    <message>
        <source>Coverage summary</source>
        <translation>Crynodeb o&apos;r cwmpas</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Bylchau</translation>
    </message>
    <message>
        <source>Social Work England CPD</source>
        <translation>DPP Social Work England</translation>
    </message>
    <message>
        <source>Open and overdue actions</source>
        <translation>Camau gweithredu agored a hwyr</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>I&apos;w gwblhau erbyn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O&apos;r myfyrdod</translation>
    </message>
    <message>
        <source>Each number is how many reflections evidence that domain in that month; the stronger the colour, the more there are. Dotted boxes are months still to come. Click a number to see those reflections.</source>
        <translation>Mae pob rhif yn dangos faint o fyfyrdodau sy&apos;n dystiolaeth ar gyfer y parth hwnnw yn y mis hwnnw; po gryfaf y lliw, y mwyaf sydd. Mae blychau dotiog yn fisoedd sydd eto i ddod. Cliciwch ar rif i weld y myfyrdodau hynny.</translation>
    </message>
    <message>
        <source>Appraisal &amp;year</source>
        <translation>&amp;Blwyddyn arfarnu</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Fframwaith</translation>
    </message>
    <message>
        <source>Reflections by domain and month</source>
        <translation>Myfyrdodau fesul parth a mis</translation>
    </message>
    <message>
        <source>%1 (this year)</source>
        <translation>%1 (eleni)</translation>
    </message>
    <message>
        <source>Working out your coverage…</source>
        <translation>Yn cyfrifo eich cwmpas…</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) in this appraisal year</source>
        <translation>
            <numerusform>%n myfyrdod yn y flwyddyn arfarnu hon</numerusform>
            <numerusform>%n myfyrdod yn y flwyddyn arfarnu hon</numerusform>
            <numerusform>%n fyfyrdod yn y flwyddyn arfarnu hon</numerusform>
            <numerusform>%n myfyrdod yn y flwyddyn arfarnu hon</numerusform>
            <numerusform>%n o fyfyrdodau yn y flwyddyn arfarnu hon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged to %1.</source>
        <translation>
            <numerusform>%n wedi&apos;u tagio i %1.</numerusform>
            <numerusform>%n wedi&apos;i dagio i %1.</numerusform>
            <numerusform>%n wedi&apos;u tagio i %1.</numerusform>
            <numerusform>%n wedi&apos;u tagio i %1.</numerusform>
            <numerusform>%n wedi&apos;u tagio i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Ffynhonnell: %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2, %3). Checked %4.</source>
        <translation>Ffynhonnell: %1 (%2, %3). Gwiriwyd %4.</translation>
    </message>
    <message>
        <source>Wording not yet confirmed against the published document: %1.</source>
        <translation>Geiriad heb ei gadarnhau eto yn erbyn y ddogfen a gyhoeddwyd: %1.</translation>
    </message>
    <message>
        <source>Suggested for your role and registration: %1.</source>
        <translation>Awgrymir ar gyfer eich rôl a&apos;ch cofrestriad: %1.</translation>
    </message>
    <message>
        <source>%1 applies from %2.</source>
        <translation>Mae %1 yn berthnasol o %2 ymlaen.</translation>
    </message>
    <message>
        <source>%1 applied until %2.</source>
        <translation>Roedd %1 yn berthnasol tan %2.</translation>
    </message>
    <message>
        <source>Coming: %1, from %2.</source>
        <translation>Ar y ffordd: %1, o %2 ymlaen.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) still on version %1 of %2.</source>
        <translation>
            <numerusform>%n tag yn dal ar fersiwn %1 o %2.</numerusform>
            <numerusform>%n tag yn dal ar fersiwn %1 o %2.</numerusform>
            <numerusform>%n dag yn dal ar fersiwn %1 o %2.</numerusform>
            <numerusform>%n thag yn dal ar fersiwn %1 o %2.</numerusform>
            <numerusform>%n o dagiau&apos;n dal ar fersiwn %1 o %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n tag(s) on version %1.</source>
        <translation>
            <numerusform>Wedi rhoi %n tag yn ôl ar fersiwn %1.</numerusform>
            <numerusform>Wedi rhoi %n tag yn ôl ar fersiwn %1.</numerusform>
            <numerusform>Wedi rhoi %n dag yn ôl ar fersiwn %1.</numerusform>
            <numerusform>Wedi rhoi %n thag yn ôl ar fersiwn %1.</numerusform>
            <numerusform>Wedi rhoi %n o dagiau yn ôl ar fersiwn %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Social Care Wales CPD</source>
        <translation>DPP Gofal Cymdeithasol Cymru</translation>
    </message>
    <message>
        <source>Since your last renewal</source>
        <translation>Ers i chi adnewyddu ddiwethaf</translation>
    </message>
    <message>
        <source>CPD: Social Work England and Social Care Wales</source>
        <translation>DPP: Social Work England a Gofal Cymdeithasol Cymru</translation>
    </message>
    <message>
        <source>Registration year %1</source>
        <translation>Blwyddyn gofrestru %1</translation>
    </message>
    <message>
        <source>Social Care Wales</source>
        <translation>Gofal Cymdeithasol Cymru</translation>
    </message>
    <message>
        <source>Last renewal: %1</source>
        <translation>Adnewyddiad diwethaf: %1</translation>
    </message>
    <message>
        <source>CPD records: %1 of at least %2</source>
        <translation>Cofnodion DPP: %1 allan o %2 o leiaf</translation>
    </message>
    <message>
        <source>With peer reflection: %1 of at least %2</source>
        <translation>Yn cynnwys myfyrio gyda chymheiriaid: %1 allan o %2 o leiaf</translation>
    </message>
    <message>
        <source>Days to %1: %2</source>
        <translation>Diwrnodau tan %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
            <numerusform>%n ar agor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>No open actions for this year.</source>
        <translation>Dim camau gweithredu agored ar gyfer y flwyddyn hon.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Yn hwyr: %1</translation>
    </message>
</context>
<context>
    <name>CpdDialog</name>
    <message>
        <source>Copy for Social Work England</source>
        <translation>Copïo ar gyfer Social Work England</translation>
    </message>
    <message>
        <source>From your reflection “{title}”</source>
        <translation>O&apos;ch myfyrdod “{title}”</translation>
    </message>
    <message>
        <source>Each registration year needs at least two CPD records, one of them with peer reflection. When you close this window, anything you copied from it is cleared from the clipboard.</source>
        <translation>Mae angen o leiaf dau gofnod DPP ym mhob blwyddyn gofrestru, ac un ohonynt yn cynnwys myfyrio gyda chymheiriaid. Pan fyddwch chi&apos;n cau&apos;r ffenestr hon, caiff unrhyw beth a gopïwyd ohoni ei glirio o&apos;r clipfwrdd.</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Cadarnhad copïo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>“{text}” ({where})</source>
        <translation>“{text}” ({where})</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; %n arall</numerusform>
            <numerusform>; %n arall</numerusform>
            <numerusform>; %n arall</numerusform>
            <numerusform>; %n arall</numerusform>
            <numerusform>; %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before you paste: this reflection has words that could identify a child, family or person: {found}. Change them in the reflection (for example to “Child A”), then open this again.</source>
        <translation>Gwiriwch cyn gludo: mae geiriau yn y myfyrdod hwn a allai adnabod plentyn, teulu neu unigolyn: {found}. Newidiwch nhw yn y myfyrdod (er enghraifft, rhowch “Plentyn A” yn eu lle), yna agorwch hwn eto.</translation>
    </message>
    <message>
        <source>Copy for SWE…</source>
        <translation>Copïo i SWE…</translation>
    </message>
    <message>
        <source>Copy for Social Work England: each part of this CPD record, ready to paste into Social Work England&apos;s website</source>
        <translation>Copïo ar gyfer Social Work England: pob rhan o&apos;r cofnod DPP hwn, yn barod i&apos;w gludo ar wefan Social Work England</translation>
    </message>
    <message>
        <source>Identifying details found</source>
        <translation>Manylion adnabod wedi&apos;u canfod</translation>
    </message>
    <message>
        <source>Social Work England&apos;s website takes your CPD record one box at a time. Sign in there, then copy each part below in turn and paste it into the matching box.</source>
        <translation>Mae gwefan Social Work England yn derbyn eich cofnod DPP un blwch ar y tro. Mewngofnodwch yno, yna copïwch bob rhan isod yn ei thro a&apos;i gludo yn y blwch cyfatebol.</translation>
    </message>
    <message>
        <source>This reflection is in the trash. Restore it first.</source>
        <translation>Mae&apos;r myfyrdod hwn yn y bin sbwriel. Adferwch ef yn gyntaf.</translation>
    </message>
    <message>
        <source>This reflection was not written with the CPD record model, so some parts are taken from its nearest sections: read them before you paste.</source>
        <translation>Ni chafodd y myfyrdod hwn ei ysgrifennu gyda&apos;r model cofnod DPP, felly mae rhai rhannau wedi&apos;u cymryd o&apos;r adrannau agosaf: darllenwch nhw cyn eu gludo.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Copïo {field}</translation>
    </message>
    <message>
        <source>Type of CPD</source>
        <translation>Math o DPP</translation>
    </message>
    <message>
        <source>Description and why it was relevant</source>
        <translation>Disgrifiad a pham roedd yn berthnasol</translation>
    </message>
    <message>
        <source>Date of the activity</source>
        <translation>Dyddiad y gweithgaredd</translation>
    </message>
    <message>
        <source>What I learnt</source>
        <translation>Beth ddysgais i</translation>
    </message>
    <message>
        <source>Impact on my practice and on people I work with</source>
        <translation>Effaith ar fy ymarfer ac ar y bobl rwy&apos;n gweithio gyda nhw</translation>
    </message>
    <message>
        <source>Peer reflection</source>
        <translation>Myfyrio gyda chymheiriaid</translation>
    </message>
    <message>
        <source>Nothing written for this yet. Add it to the reflection, then open this again.</source>
        <translation>Does dim wedi&apos;i ysgrifennu ar gyfer hwn eto. Ychwanegwch ef at y myfyrdod, yna agorwch hwn eto.</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Wedi copïo ✓</translation>
    </message>
    <message>
        <source>Write something in this CPD record first.</source>
        <translation>Ysgrifennwch rywbeth yn y cofnod DPP hwn yn gyntaf.</translation>
    </message>
    <message>
        <source>“{field}” is copied. Paste it into the matching box on the Social Work England website.</source>
        <translation>Mae “{field}” wedi&apos;i gopïo. Gludwch ef yn y blwch cyfatebol ar wefan Social Work England.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Left and Right move between day, month and year; Up and Down change them</source>
        <translation>Mae Chwith a De yn symud rhwng y diwrnod, y mis a&apos;r flwyddyn; mae I fyny ac I lawr yn eu newid</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>No domains tagged yet</source>
        <translation>Dim parthau wedi&apos;u tagio eto</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n air</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n o eiriau</numerusform>
        </translation>
    </message>
    <message>
        <source>Domains: %1</source>
        <translation>Parthau: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <source>Not tagged to any domain yet</source>
        <translation>Heb ei dagio i unrhyw barth eto</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Preifat</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>I&apos;w rannu</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Newest first</source>
        <translation>Y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Newidiwyd yn ddiweddar</translation>
    </message>
    <message>
        <source>Title A to Z</source>
        <translation>Teitl, A i Z</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Myfyrdod newydd</translation>
    </message>
    <message>
        <source>Write a new reflection (Ctrl+N)</source>
        <translation>Ysgrifennu myfyrdod newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reflections shown</source>
        <translation>Myfyrdodau a ddangosir</translation>
    </message>
    <message>
        <source>Sort reflections</source>
        <translation>Trefnu myfyrdodau</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Myfyrdodau</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>Show all dates</source>
        <translation>Dangos pob dyddiad</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Symud i&apos;r bin sbwriel</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n myfyrdod</numerusform>
            <numerusform>%n myfyrdod</numerusform>
            <numerusform>%n fyfyrdod</numerusform>
            <numerusform>%n myfyrdod</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reflection(s)</source>
        <translation>
            <numerusform>%1: %n myfyrdod</numerusform>
            <numerusform>%1: %n myfyrdod</numerusform>
            <numerusform>%1: %n fyfyrdod</numerusform>
            <numerusform>%1: %n myfyrdod</numerusform>
            <numerusform>%1: %n o fyfyrdodau</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Mae&apos;r bin sbwriel yn wag.</translation>
    </message>
    <message>
        <source>No reflections yet — press Ctrl+N to write your first.</source>
        <translation>Dim myfyrdodau eto — pwyswch Ctrl+N i ysgrifennu eich un cyntaf.</translation>
    </message>
    <message>
        <source>No reflections here for these dates.</source>
        <translation>Dim myfyrdodau yma ar gyfer y dyddiadau hyn.</translation>
    </message>
    <message numerus="yes">
        <source>Exact wording, newest first: %n found</source>
        <translation>
            <numerusform>Union eiriad, y mwyaf newydd yn gyntaf: %n canlyniad</numerusform>
            <numerusform>Union eiriad, y mwyaf newydd yn gyntaf: %n canlyniad</numerusform>
            <numerusform>Union eiriad, y mwyaf newydd yn gyntaf: %n ganlyniad</numerusform>
            <numerusform>Union eiriad, y mwyaf newydd yn gyntaf: %n chanlyniad</numerusform>
            <numerusform>Union eiriad, y mwyaf newydd yn gyntaf: %n o ganlyniadau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search, all dates: %n found</source>
        <translation>
            <numerusform>Chwilio, pob dyddiad: %n canlyniad</numerusform>
            <numerusform>Chwilio, pob dyddiad: %n canlyniad</numerusform>
            <numerusform>Chwilio, pob dyddiad: %n ganlyniad</numerusform>
            <numerusform>Chwilio, pob dyddiad: %n chanlyniad</numerusform>
            <numerusform>Chwilio, pob dyddiad: %n o ganlyniadau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&amp;Add a file…</source>
        <translation>Ychwanegu ffei&amp;l…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Tynn&amp;u</translation>
    </message>
    <message>
        <source>Add an evidence file</source>
        <translation>Ychwanegu ffeil tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Ffeiliau tystiolaeth</translation>
    </message>
    <message>
        <source>No evidence files yet.</source>
        <translation>Dim ffeiliau tystiolaeth eto.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file.</source>
        <translation>Does dim rhaglen ar y cyfrifiadur hwn sy&apos;n agor y math hwn o ffeil.</translation>
    </message>
    <message>
        <source>PDFs and pictures (*.pdf *.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Ffeiliau PDF a lluniau (*.pdf *.png *.jpg *.jpeg *.gif *.webp);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>PDFs and pictures up to %1 are kept inside your encrypted journal. Opening one puts a private copy in your temporary folder for your viewer; it is removed when the journal locks. The identifier check cannot read inside files.</source>
        <translation>Caiff ffeiliau PDF a lluniau hyd at %1 eu cadw y tu mewn i&apos;ch dyddlyfr wedi&apos;i amgryptio. Wrth agor un, caiff copi preifat ei roi yn eich ffolder dros dro er mwyn i chi ei weld; caiff ei dynnu oddi yno pan fydd y dyddlyfr yn cloi. Ni all y gwiriad manylion adnabod ddarllen cynnwys ffeiliau.</translation>
    </message>
    <message>
        <source>Press Enter to open a file.</source>
        <translation>Pwyswch Enter i agor ffeil.</translation>
    </message>
    <message>
        <source>Remove evidence file</source>
        <translation>Tynnu&apos;r ffeil tystiolaeth</translation>
    </message>
    <message>
        <source>Remove this file from your journal? Backups made before keep it.</source>
        <translation>Tynnu&apos;r ffeil hon o&apos;ch dyddlyfr? Bydd copïau wrth gefn a wnaed cyn hyn yn dal i&apos;w chadw.</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Cadw cop&amp;i…</translation>
    </message>
    <message>
        <source>Save a copy of the evidence file</source>
        <translation>Cadw copi o&apos;r ffeil tystiolaeth</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ychwanegwyd ar %1</translation>
    </message>
</context>
<context>
    <name>FindingKind</name>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Cyfeirnod achos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>National Insurance number</source>
        <translation>Rhif Yswiriant Gwladol</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
</context>
<context>
    <name>FrameworkImport</name>
    <message>
        <source>Framework files (*.json)</source>
        <translation>Ffeiliau fframwaith (*.json)</translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation>Fframwaith wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>Framework not imported</source>
        <translation>Fframwaith heb ei fewnforio</translation>
    </message>
    <message>
        <source>Import a framework</source>
        <translation>Mewnforio fframwaith</translation>
    </message>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} Ni fewnforiwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” (%n domain(s)) is ready: you can tag reflections with it, and see its coverage.</source>
        <translation>
            <numerusform>Mae “{title}” (%n parth) yn barod: gallwch dagio myfyrdodau ag ef, a gweld ei gwmpas.</numerusform>
            <numerusform>Mae “{title}” (%n parth) yn barod: gallwch dagio myfyrdodau ag ef, a gweld ei gwmpas.</numerusform>
            <numerusform>Mae “{title}” (%n barth) yn barod: gallwch dagio myfyrdodau ag ef, a gweld ei gwmpas.</numerusform>
            <numerusform>Mae “{title}” (%n pharth) yn barod: gallwch dagio myfyrdodau ag ef, a gweld ei gwmpas.</numerusform>
            <numerusform>Mae “{title}” (%n parth) yn barod: gallwch dagio myfyrdodau ag ef, a gweld ei gwmpas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalApp</name>
    <message>
        <source>Demo journal</source>
        <translation>Dyddlyfr demo</translation>
    </message>
    <message>
        <source>Reflective Supervision Journal</source>
        <translation>Dyddlyfr Goruchwyliaeth Fyfyriol</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Your saved reflections are safe. If it happens again, save your work and restart the app.</source>
        <translation>Aeth rhywbeth o&apos;i le yn annisgwyl ({kind}). Mae&apos;r myfyrdodau rydych chi wedi&apos;u cadw yn ddiogel. Os bydd yn digwydd eto, cadwch eich gwaith ac ailgychwynnwch yr ap.</translation>
    </message>
    <message>
        <source>This is the demo journal. Its passphrase is: {passphrase}</source>
        <translation>Dyma&apos;r dyddlyfr demo. Ei gyfrinymadrodd yw: {passphrase}</translation>
    </message>
    <message>
        <source>Writing a year of example reflections…</source>
        <translation>Yn ysgrifennu blwyddyn o fyfyrdodau enghreifftiol…</translation>
    </message>
    <message>
        <source>Your new passphrase is set. Your recovery key still works: keep it safe.</source>
        <translation>Mae eich cyfrinymadrodd newydd wedi&apos;i osod. Mae eich allwedd adfer yn dal i weithio: cadwch hi&apos;n ddiogel.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Added to the names you protect: always written as %1.</source>
        <translation>Wedi&apos;i ychwanegu at yr enwau rydych chi&apos;n eu diogelu: caiff ei ysgrifennu fel %1 bob tro.</translation>
    </message>
    <message>
        <source>New reflection: saved as you write</source>
        <translation>Newydd: cedwir wrth i chi deipio</translation>
    </message>
    <message>
        <source>Reflection saved.</source>
        <translation>Myfyrdod wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Not saved: see the message above the reflection.</source>
        <translation>Heb ei gadw: gweler y neges uwchben y myfyrdod.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Reflection restored.</source>
        <translation>Myfyrdod wedi&apos;i adfer.</translation>
    </message>
    <message>
        <source>Reflection deleted for ever.</source>
        <translation>Myfyrdod wedi&apos;i ddileu am byth.</translation>
    </message>
    <message>
        <source>Delete for ever?</source>
        <translation>Dileu am byth?</translation>
    </message>
    <message>
        <source>This reflection will be deleted for ever. This cannot be undone.</source>
        <translation>Caiff y myfyrdod hwn ei ddileu am byth. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Delete for ever</source>
        <translation>Dileu am byth</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <source>a new reflection</source>
        <translation>myfyrdod newydd</translation>
    </message>
    <message>
        <source>Restore unsaved text? The journal closed before your last changes to “%1” were saved.</source>
        <translation>Adfer testun heb ei gadw? Caeodd y dyddlyfr cyn i&apos;ch newidiadau olaf i “%1” gael eu cadw.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Taf&amp;lu</translation>
    </message>
    <message>
        <source>Unsaved text restored.</source>
        <translation>Testun heb ei gadw wedi&apos;i adfer.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>The app will speak %1 from the next time you open it. Its words are set as each window is built, so the windows open now keep theirs. Nothing you have written is affected.</source>
        <translation>Bydd yr ap yn defnyddio %1 o&apos;r tro nesaf y byddwch chi&apos;n ei agor. Caiff ei eiriau eu gosod wrth i bob ffenestr gael ei chreu, felly bydd y ffenestri sydd ar agor nawr yn cadw eu geiriau nhw. Does dim effaith ar unrhyw beth rydych chi wedi&apos;i ysgrifennu.</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Mae eich dyddlyfr wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Your reflections are hidden and the journal&apos;s key is out of memory.</source>
        <translation>Mae eich myfyrdodau wedi&apos;u cuddio ac mae allwedd y dyddlyfr allan o&apos;r cof.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Datgloi…</translation>
    </message>
    <message>
        <source>Unlock journal</source>
        <translation>Datgloi&apos;r dyddlyfr</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reflective Supervision Journal</source>
        <translation>Dyddlyfr Goruchwyliaeth Fyfyriol</translation>
    </message>
    <message>
        <source>{title} – demo journal</source>
        <translation>{title} – dyddlyfr demo</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted · locks after %n minute(s) without activity</source>
        <translation>
            <numerusform>Wedi&apos;i amgryptio · yn cloi ar ôl %n munud heb weithgarwch</numerusform>
            <numerusform>Wedi&apos;i amgryptio · yn cloi ar ôl %n funud heb weithgarwch</numerusform>
            <numerusform>Wedi&apos;i amgryptio · yn cloi ar ôl %n funud heb weithgarwch</numerusform>
            <numerusform>Wedi&apos;i amgryptio · yn cloi ar ôl %n munud heb weithgarwch</numerusform>
            <numerusform>Wedi&apos;i amgryptio · yn cloi ar ôl %n o funudau heb weithgarwch</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked at {time}</source>
        <translation>Wedi&apos;i gloi am {time}</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. If you go on, they will be lost.</source>
        <translation>Doedd dim modd cadw eich newidiadau diweddaraf. Os byddwch chi&apos;n parhau, byddan nhw&apos;n cael eu colli.</translation>
    </message>
    <message>
        <source>Go on without them</source>
        <translation>Parhau hebddyn nhw</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation>Yn gwneud copi wrth gefn ac yn ei wirio…</translation>
    </message>
    <message>
        <source>Backup made and checked: {path}</source>
        <translation>Copi wrth gefn wedi&apos;i wneud a&apos;i wirio: {path}</translation>
    </message>
</context>
<context>
    <name>PaneSwitcher</name>
    <message>
        <source>Next pane</source>
        <translation>Cwarel nesaf</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Cwarel blaenorol</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search reflections (Ctrl+F)</source>
        <translation>Chwilio myfyrdodau (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation>Chwilio myfyrdodau</translation>
    </message>
    <message>
        <source>Results appear as you type. Press Escape to go back to the list.</source>
        <translation>Mae&apos;r canlyniadau&apos;n ymddangos wrth i chi deipio. Pwyswch Escape i fynd yn ôl i&apos;r rhestr.</translation>
    </message>
    <message>
        <source>No reflections match “%1”. Try fewer or different words.</source>
        <translation>Does dim myfyrdodau&apos;n cyfateb i “%1”. Rhowch gynnig ar lai o eiriau neu eiriau gwahanol.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Symud rhwng meysydd</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Cau deialog</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Show reflections</source>
        <translation>Dangos myfyrdodau</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Dyddiadau a ddangosir</translation>
    </message>
    <message>
        <source>This appraisal year</source>
        <translation>Y flwyddyn arfarnu hon</translation>
    </message>
    <message>
        <source>Last appraisal year</source>
        <translation>Y flwyddyn arfarnu ddiwethaf</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Pob dyddiad</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Dewis dyddiadau…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dyddiadau</translation>
    </message>
    <message>
        <source>All reflections</source>
        <translation>Pob myfyrdod</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafftiau</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>I&apos;w rhannu</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Bin sbwriel</translation>
    </message>
    <message>
        <source>Showing reflections from any date.</source>
        <translation>Yn dangos myfyrdodau o unrhyw ddyddiad.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n reflection(s)</source>
        <translation>
            <numerusform>%1, %n myfyrdod</numerusform>
            <numerusform>%1, %n myfyrdod</numerusform>
            <numerusform>%1, %n fyfyrdod</numerusform>
            <numerusform>%1, %n myfyrdod</numerusform>
            <numerusform>%1, %n o fyfyrdodau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>This journal is already open in another window of the app.</source>
        <translation>Mae&apos;r dyddlyfr hwn eisoes ar agor mewn ffenestr arall o&apos;r ap.</translation>
    </message>
    <message>
        <source>journal-app: the journal is already open; that window was brought forward.</source>
        <translation>journal-app: mae&apos;r dyddlyfr eisoes ar agor; daethpwyd â&apos;r ffenestr honno i&apos;r blaen.</translation>
    </message>
</context>
<context>
    <name>TagMoveDialog</name>
    <message>
        <source>Move tags to the new version</source>
        <translation>Symud tagiau i&apos;r fersiwn newydd</translation>
    </message>
    <message>
        <source>Move your %1 tags from version %2 to version %3</source>
        <translation>Symud eich tagiau %1 o fersiwn %2 i fersiwn %3</translation>
    </message>
    <message>
        <source>Version %1 applies from %2. Reflections dated before then keep their version %3 tags, because that is the version they were written against.</source>
        <translation>Mae fersiwn %1 yn berthnasol o %2 ymlaen. Mae myfyrdodau sydd wedi&apos;u dyddio cyn hynny yn cadw eu tagiau fersiwn %3, gan mai dyna&apos;r fersiwn y cawson nhw eu hysgrifennu yn ei herbyn.</translation>
    </message>
    <message>
        <source>Also move the tags on reflections dated before %1</source>
        <translation>Symud y tagiau ar fyfyrdodau sydd wedi&apos;u dyddio cyn %1 hefyd</translation>
    </message>
    <message>
        <source>Each tag moves to the section the new version names.</source>
        <translation>Mae pob tag yn symud i&apos;r adran y mae&apos;r fersiwn newydd yn ei henwi.</translation>
    </message>
    <message>
        <source>Tags that will move</source>
        <translation>Tagiau a fydd yn symud</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Wedyn</translation>
    </message>
    <message>
        <source>&amp;Move tags</source>
        <translation>&amp;Symud tagiau</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) will move</source>
        <translation>
            <numerusform>Bydd %n tag yn symud</numerusform>
            <numerusform>Bydd %n tag yn symud</numerusform>
            <numerusform>Bydd %n dag yn symud</numerusform>
            <numerusform>Bydd %n thag yn symud</numerusform>
            <numerusform>Bydd %n o dagiau&apos;n symud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept on the earlier version</source>
        <translation>
            <numerusform>%n yn aros ar y fersiwn gynharach</numerusform>
            <numerusform>%n yn aros ar y fersiwn gynharach</numerusform>
            <numerusform>%n yn aros ar y fersiwn gynharach</numerusform>
            <numerusform>%n yn aros ar y fersiwn gynharach</numerusform>
            <numerusform>%n yn aros ar y fersiwn gynharach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept: no counterpart in the new version</source>
        <translation>
            <numerusform>%n yn aros: dim cyfatebiaeth yn y fersiwn newydd</numerusform>
            <numerusform>%n yn aros: dim cyfatebiaeth yn y fersiwn newydd</numerusform>
            <numerusform>%n yn aros: dim cyfatebiaeth yn y fersiwn newydd</numerusform>
            <numerusform>%n yn aros: dim cyfatebiaeth yn y fersiwn newydd</numerusform>
            <numerusform>%n yn aros: dim cyfatebiaeth yn y fersiwn newydd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThisWeek</name>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n cam gweithredu&apos;n hwyr</numerusform>
            <numerusform>%n cam gweithredu&apos;n hwyr</numerusform>
            <numerusform>%n gam gweithredu&apos;n hwyr</numerusform>
            <numerusform>%n cham gweithredu&apos;n hwyr</numerusform>
            <numerusform>%n o gamau gweithredu&apos;n hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n i&apos;w cwblhau&apos;r wythnos hon</numerusform>
            <numerusform>%n i&apos;w gwblhau&apos;r wythnos hon</numerusform>
            <numerusform>%n i&apos;w cwblhau&apos;r wythnos hon</numerusform>
            <numerusform>%n i&apos;w cwblhau&apos;r wythnos hon</numerusform>
            <numerusform>%n i&apos;w cwblhau&apos;r wythnos hon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) waiting</source>
        <translation>
            <numerusform>%n dilyniant yn aros</numerusform>
            <numerusform>%n dilyniant yn aros</numerusform>
            <numerusform>%n ddilyniant yn aros</numerusform>
            <numerusform>%n dilyniant yn aros</numerusform>
            <numerusform>%n o ddilyniannau&apos;n aros</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask about this one</source>
        <translation>&amp;Peidiwch â gofyn am hwn</translation>
    </message>
    <message>
        <source>&amp;Save follow-up</source>
        <translation>&amp;Cadw&apos;r dilyniant</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Actions overdue and due this week</source>
        <translation>Camau gweithredu sy&apos;n hwyr neu i&apos;w cwblhau&apos;r wythnos hon</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Dyddiadau terfyn</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>I&apos;w gwblhau erbyn %1</translation>
    </message>
    <message>
        <source>No appraisal meeting date is set (set it in the Appraisal view).</source>
        <translation>Does dim dyddiad wedi&apos;i osod ar gyfer y cyfarfod arfarnu (gosodwch ef yng ngwedd yr Arfarniad).</translation>
    </message>
    <message>
        <source>No follow-ups are waiting.</source>
        <translation>Does dim dilyniannau&apos;n aros.</translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Does dim byd i&apos;w gwblhau&apos;r wythnos hon.</translation>
    </message>
    <message>
        <source>Nothing needs you this week. Write when something is on your mind.</source>
        <translation>Does dim byd yn galw am eich sylw yr wythnos hon. Ysgrifennwch pan fydd rhywbeth ar eich meddwl.</translation>
    </message>
    <message>
        <source>On %1 you wrote “%2” and planned actions. What changed since?</source>
        <translation>Ar %1, ysgrifennoch chi “%2” a chynllunio camau gweithredu. Beth sydd wedi newid ers hynny?</translation>
    </message>
    <message>
        <source>Only you see this: nothing here is sent to a calendar or a notification.</source>
        <translation>Dim ond chi sy&apos;n gweld hyn: does dim byd yma&apos;n mynd i galendr nac i hysbysiad.</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Yn hwyr ers %1</translation>
    </message>
    <message>
        <source>Reflections waiting for a follow-up</source>
        <translation>Myfyrdodau sy&apos;n aros am ddilyniant</translation>
    </message>
    <message>
        <source>Social Work England CPD: %1</source>
        <translation>DPP Social Work England: %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Yr wythnos hon</translation>
    </message>
    <message>
        <source>What changed since</source>
        <translation>Beth sydd wedi newid ers hynny</translation>
    </message>
    <message>
        <source>What changed since?</source>
        <translation>Beth sydd wedi newid ers hynny?</translation>
    </message>
    <message>
        <source>What did the actions change, for you, your team or the families you serve?</source>
        <translation>Pa wahaniaeth wnaeth y camau gweithredu i chi, i&apos;ch tîm neu i&apos;r teuluoedd rydych chi&apos;n eu cefnogi?</translation>
    </message>
    <message>
        <source>Your appraisal meeting is on %1 (%2).</source>
        <translation>Mae eich cyfarfod arfarnu ar %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>heddiw</numerusform>
            <numerusform>yfory</numerusform>
            <numerusform>ymhen %n ddiwrnod</numerusform>
            <numerusform>ymhen %n diwrnod</numerusform>
            <numerusform>ymhen %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
</context>
<context>
    <name>UndoTrash</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Dadwne&amp;ud</translation>
    </message>
    <message>
        <source>Undo move to trash</source>
        <translation>Dadwneud symud i&apos;r bin sbwriel</translation>
    </message>
    <message>
        <source>Moved to the trash. Undo brings it back (Ctrl+Z).</source>
        <translation>Wedi&apos;i symud i&apos;r bin sbwriel. Mae Dadwneud yn dod ag ef yn ôl (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <source>&amp;Appraisal</source>
        <translation>&amp;Arfarniad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Gwneud copi &amp;wrth gefn nawr</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>&amp;Cwmpas</translation>
    </message>
    <message>
        <source>&amp;Export appraisal PDF…</source>
        <translation>&amp;Allforio PDF arfarnu…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>&amp;Import a framework…</source>
        <translation>Mewnforio &amp;fframwaith…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Llwybrau byr y &amp;bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;Lock journal</source>
        <translation>C&amp;loi&apos;r dyddlyfr</translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation>Myfyrdod &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>De&amp;wisiadau…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Myfyrdodau</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>A&amp;dfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Undo move to trash</source>
        <translation>&amp;Dadwneud symud i&apos;r bin sbwriel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>Names I &amp;protect…</source>
        <translation>&amp;Enwau rwy&apos;n eu diogelu…</translation>
    </message>
    <message>
        <source>Save a copy as &amp;JSON…</source>
        <translation>Cadw copi fel &amp;JSON…</translation>
    </message>
    <message>
        <source>Save a copy as &amp;Markdown…</source>
        <translation>Cadw copi fel &amp;Markdown…</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Yr &amp;wythnos hon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Import reflections from JS&amp;ON…</source>
        <translation>Mewnforio myfyrdodau o JS&amp;ON…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
</context>
<context>
    <name>export_support</name>
    <message>
        <source>Appraisal evidence {years}.pdf</source>
        <translation>Tystiolaeth arfarnu {years}.pdf</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing further was changed; please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le yn annisgwyl ({kind}). Ni newidiwyd dim byd arall; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
</TS>
