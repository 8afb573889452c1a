<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>BackupsPage</name>
    <message>
        <source>Where should backups go?</source>
        <translation>Ble dylai&apos;r copïau wrth gefn fynd?</translation>
    </message>
    <message>
        <source>The journal makes a checked backup every day. Keep the backups in a different folder from the journal: if both are in one place, one disk failure or one deleted folder takes both. A folder your employer syncs (OneDrive, for example) is fine: backups are encrypted like the journal and open only with your passphrase or recovery key.</source>
        <translation>Mae&apos;r dyddlyfr yn gwneud copi wrth gefn wedi&apos;i wirio bob dydd. Cadwch y copïau wrth gefn mewn ffolder gwahanol i&apos;r dyddlyfr: os ydyn nhw yn yr un lle, gall un ddisg sy&apos;n methu neu un ffolder sy&apos;n cael ei ddileu fynd â&apos;r ddau. Mae ffolder y mae eich cyflogwr yn ei gysoni (OneDrive, er enghraifft) yn iawn: mae&apos;r copïau wrth gefn wedi&apos;u hamgryptio fel y dyddlyfr, a dim ond gyda&apos;ch cyfrinymadrodd neu&apos;ch allwedd adfer y maen nhw&apos;n agor.</translation>
    </message>
    <message>
        <source>&amp;In this folder (recommended):</source>
        <translation>Yn y &amp;ffolder hwn (argymhellir):</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose backups folder</source>
        <translation>Dewis ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Beside the journal, in its own folder</source>
        <translation>&amp;Wrth ymyl y dyddlyfr, yn ei ffolder ei hun</translation>
    </message>
    <message>
        <source>You can change this later in Preferences.</source>
        <translation>Gallwch newid hyn yn nes ymlaen yn y Dewisiadau.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Newid eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your reflections are not touched; only the lock on them changes. Your recovery key keeps working.</source>
        <translation>Nid yw eich myfyrdodau&apos;n cael eu cyffwrdd; dim ond y clo arnyn nhw sy&apos;n newid. Bydd eich allwedd adfer yn dal i weithio.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd presennol yn gyntaf.</translation>
    </message>
    <message>
        <source>Changing passphrase</source>
        <translation>Wrthi&apos;n newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Wrthi&apos;n newid eich cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Nothing was changed.</source>
        <translation>Nid yw eich cyfrinymadrodd presennol yn gywir. Ni chafodd dim ei newid.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Open without typing your passphrase?</source>
        <translation>Agor heb deipio eich cyfrinymadrodd?</translation>
    </message>
    <message>
        <source>Your journal can be remembered by this computer&apos;s secure keyring, so it opens when you are signed in to your account. Only choose this if nobody else uses your account on this computer. You can change it later in Preferences.</source>
        <translation>Gall cylch allweddi diogel y cyfrifiadur hwn gofio eich dyddlyfr, fel ei fod yn agor pan fyddwch wedi mewngofnodi i&apos;ch cyfrif. Dewiswch hyn dim ond os nad oes neb arall yn defnyddio eich cyfrif ar y cyfrifiadur hwn. Gallwch ei newid yn nes ymlaen yn y Dewisiadau.</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Cofio ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Cofio ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Not available here: {reason} Your passphrase will be asked for each time.</source>
        <translation>Nid yw ar gael yma: {reason} Bydd gofyn am eich cyfrinymadrodd bob tro.</translation>
    </message>
</context>
<context>
    <name>EmergencyKit</name>
    <message>
        <source>1. Open Reflective Supervision Journal.
2. On the unlock screen, choose “Forgot passphrase?”.
3. Type this recovery key (capital letters or small, with or without dashes).
4. Choose a new passphrase. This recovery key keeps working afterwards.</source>
        <translation>1. Agorwch yr ap Dyddlyfr Goruchwyliaeth Fyfyriol.
2. Ar y sgrin ddatgloi, dewiswch “Wedi anghofio&apos;r cyfrinymadrodd?”.
3. Teipiwch yr allwedd adfer hon (mewn priflythrennau neu lythrennau bach, gyda chysylltnodau neu hebddynt).
4. Dewiswch gyfrinymadrodd newydd. Bydd yr allwedd adfer hon yn dal i weithio wedyn.</translation>
    </message>
    <message>
        <source>Emergency kit</source>
        <translation>Pecyn argyfwng</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Nobody else, including your IT team, can recover it for you.</source>
        <translation>Os byddwch chi&apos;n anghofio eich cyfrinymadrodd rywbryd, yr allwedd hon yw&apos;r unig ffordd yn ôl i mewn i&apos;ch dyddlyfr. Ni all neb arall, gan gynnwys eich tîm TG, adfer eich mynediad i chi.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>Os byddwch yn anghofio eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation>Ffolder y dyddlyfr: {folder}</translation>
    </message>
    <message>
        <source>Keeping it safe</source>
        <translation>Cadw&apos;r pecyn yn ddiogel</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Crëwyd ar {date}</translation>
    </message>
    <message>
        <source>Print this page and keep it somewhere private, away from this computer: with your personal documents or in a locked drawer. Anyone with this key and a copy of your journal could read your reflections. Once printed, delete the PDF file, or keep it only somewhere as safe as the printout.</source>
        <translation>Argraffwch y dudalen hon a&apos;i chadw yn rhywle preifat, ymhell o&apos;r cyfrifiadur hwn: gyda&apos;ch dogfennau personol neu mewn drôr dan glo. Gallai unrhyw un sydd â&apos;r allwedd hon a chopi o&apos;ch dyddlyfr ddarllen eich myfyrdodau. Ar ôl ei hargraffu, dilëwch y ffeil PDF, neu peidiwch â&apos;i chadw yn unman sy&apos;n llai diogel na&apos;r copi papur.</translation>
    </message>
    <message>
        <source>Reflective Supervision Journal</source>
        <translation>Dyddlyfr Goruchwyliaeth Fyfyriol</translation>
    </message>
    <message>
        <source>What this key is for</source>
        <translation>Diben yr allwedd hon</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up your journal – Reflective Supervision Journal</source>
        <translation>Sefydlu eich dyddlyfr – Dyddlyfr Goruchwyliaeth Fyfyriol</translation>
    </message>
    <message>
        <source>Set up your journal</source>
        <translation>Sefydlu eich dyddlyfr</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Cam {step} o {total}</translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation>&amp;Creu dyddlyfr</translation>
    </message>
    <message>
        <source>&amp;Open my journal</source>
        <translation>&amp;Agor fy nyddlyfr</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <source>This device could not remember the journal: {reason} You can try again in Preferences.</source>
        <translation>Nid oedd y ddyfais hon yn gallu cofio&apos;r dyddlyfr: {reason} Gallwch roi cynnig arall arni yn y Dewisiadau.</translation>
    </message>
    <message>
        <source>Leave setup?</source>
        <translation>Gadael y broses sefydlu?</translation>
    </message>
    <message>
        <source>Your journal has been created. If you leave now, you can open it next time with your passphrase, but the recovery key will not be shown again.

Leave setup anyway?</source>
        <translation>Mae eich dyddlyfr wedi&apos;i greu. Os byddwch yn gadael nawr, gallwch ei agor y tro nesaf gyda&apos;ch cyfrinymadrodd, ond ni fydd yr allwedd adfer yn cael ei dangos eto.

Gadael y broses sefydlu beth bynnag?</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Which framework do you evidence most?</source>
        <translation>Ar gyfer pa fframwaith ydych chi&apos;n casglu tystiolaeth amlaf?</translation>
    </message>
    <message>
        <source>You can link a reflection to domains from any framework; this one is offered first. You can change it later in Preferences.</source>
        <translation>Gallwch gysylltu myfyrdod â pharthau o unrhyw fframwaith; bydd hwn yn cael ei gynnig gyntaf. Gallwch ei newid yn nes ymlaen yn y Dewisiadau.</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>Practice leader</source>
        <translation>Arweinydd ymarfer</translation>
    </message>
    <message>
        <source>Practice supervisor (children&apos;s services)</source>
        <translation>Goruchwylydd ymarfer (gwasanaethau plant)</translation>
    </message>
    <message>
        <source>Practice supervisor (adult services)</source>
        <translation>Goruchwylydd ymarfer (gwasanaethau oedolion)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Registered with</source>
        <translation>Wedi cofrestru gyda</translation>
    </message>
    <message>
        <source>Social Work England</source>
        <translation>Social Work England</translation>
    </message>
    <message>
        <source>Social Care Wales</source>
        <translation>Gofal Cymdeithasol Cymru</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Y ddau</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>Re&amp;gistered with:</source>
        <translation>&amp;Wedi cofrestru gyda:</translation>
    </message>
    <message>
        <source>applies from %1</source>
        <translation>yn berthnasol o %1</translation>
    </message>
    <message>
        <source>in force until %1</source>
        <translation>mewn grym tan %1</translation>
    </message>
    <message>
        <source>suggested for you</source>
        <translation>wedi&apos;i awgrymu i chi</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Allwedd adfer newydd</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Creu allwedd adfer newydd</translation>
    </message>
    <message>
        <source>Do this if your recovery key was lost, or someone else may have seen it. The old key stops working, here and for your backups. Your passphrase stays the same.</source>
        <translation>Gwnewch hyn os cafodd eich allwedd adfer ei cholli, neu os gallai rhywun arall fod wedi&apos;i gweld. Bydd yr hen allwedd yn peidio â gweithio, yma ac ar gyfer eich copïau wrth gefn. Bydd eich cyfrinymadrodd yn aros yr un fath.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Wrthi&apos;n creu allwedd adfer newydd…</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Cyfri&amp;nymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Teipiwch ef eto:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Cryfder:</translation>
    </message>
    <message>
        <source>That passphrase would be too easy to guess.</source>
        <translation>Byddai&apos;n rhy hawdd dyfalu&apos;r cyfrinymadrodd hwnnw.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Four unrelated words work well.</source>
        <translation>
            <numerusform>O leiaf %n o nodau. Mae pedwar gair digyswllt yn gweithio&apos;n dda.</numerusform>
            <numerusform>O leiaf %n nod. Mae pedwar gair digyswllt yn gweithio&apos;n dda.</numerusform>
            <numerusform>O leiaf %n o nodau. Mae pedwar gair digyswllt yn gweithio&apos;n dda.</numerusform>
            <numerusform>O leiaf %n o nodau. Mae pedwar gair digyswllt yn gweithio&apos;n dda.</numerusform>
            <numerusform>O leiaf %n o nodau. Mae pedwar gair digyswllt yn gweithio&apos;n dda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n o nodau.</numerusform>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n o nodau.</numerusform>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n o nodau.</numerusform>
            <numerusform>Rhy fyr: defnyddiwch o leiaf %n o nodau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation>Cryf: anodd iawn ei ddyfalu.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Da: anodd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Weak:</source>
        <translation>Gwan:</translation>
    </message>
    <message>
        <source>Not strong enough yet:</source>
        <translation>Heb fod yn ddigon cryf eto:</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>You will type it each time you open the journal. Four unrelated words are easy to remember and hard to guess. Avoid names, dates and anything you use for another account.</source>
        <translation>Byddwch yn ei deipio bob tro y byddwch yn agor y dyddlyfr. Mae pedwar gair digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu. Osgowch enwau, dyddiadau ac unrhyw beth rydych chi&apos;n ei ddefnyddio ar gyfer cyfrif arall.</translation>
    </message>
    <message>
        <source>Creating your encrypted journal. This takes a few seconds…</source>
        <translation>Wrthi&apos;n creu eich dyddlyfr wedi&apos;i amgryptio. Mae hyn yn cymryd ychydig eiliadau…</translation>
    </message>
</context>
<context>
    <name>ProtectedNameForm</name>
    <message>
        <source>Change a protected name</source>
        <translation>Newid enw sy&apos;n cael ei ddiogelu</translation>
    </message>
    <message>
        <source>Protect a name</source>
        <translation>Diogelu enw</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Other spellings and nicknames</source>
        <translation>Sillafiadau eraill a llysenwau</translation>
    </message>
    <message>
        <source>For example: Kayley, Kay</source>
        <translation>Er enghraifft: Kayley, Kay</translation>
    </message>
    <message>
        <source>Who or what it is</source>
        <translation>Pwy neu beth ydyw</translation>
    </message>
    <message>
        <source>Write instead</source>
        <translation>Ysgrifennu yn ei le</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Other spellings:</source>
        <translation>&amp;Sillafiadau eraill:</translation>
    </message>
    <message>
        <source>&amp;Who or what:</source>
        <translation>&amp;Pwy neu beth:</translation>
    </message>
    <message>
        <source>&amp;Write instead:</source>
        <translation>&amp;Ysgrifennu yn ei le:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>The check will always find this name, in capitals or not, and in every spelling you give (separate them with commas).</source>
        <translation>Bydd y gwiriad bob amser yn dod o hyd i&apos;r enw hwn, mewn priflythrennau neu beidio, ac ym mhob sillafiad a roddwch (gwahanwch nhw â choma).</translation>
    </message>
</context>
<context>
    <name>ProtectedNames</name>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Aelod o&apos;r teulu</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Person arall</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>School or nursery</source>
        <translation>Ysgol neu feithrinfa</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Rhywbeth arall</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Stryd</translation>
    </message>
</context>
<context>
    <name>ProtectedNamesDialog</name>
    <message>
        <source>Names I protect</source>
        <translation>Enwau rwy&apos;n eu diogelu</translation>
    </message>
    <message>
        <source>Names you protect</source>
        <translation>Enwau rydych chi&apos;n eu diogelu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Sillafiadau eraill</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Pwy neu beth</translation>
    </message>
    <message>
        <source>Write instead</source>
        <translation>Ysgrifennu yn ei le</translation>
    </message>
    <message>
        <source>No names yet. Add the children, family members, streets and schools you write about, and they will always be caught before anything is shared.</source>
        <translation>Dim enwau eto. Ychwanegwch y plant, yr aelodau o&apos;r teulu, y strydoedd a&apos;r ysgolion rydych chi&apos;n ysgrifennu amdanyn nhw, a byddan nhw bob amser yn cael eu dal cyn i unrhyw beth gael ei rannu.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <source>Protect another name</source>
        <translation>Diogelu enw arall</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>Change the chosen name</source>
        <translation>Newid yr enw a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Stop protecting the chosen name</source>
        <translation>Peidio â diogelu&apos;r enw a ddewiswyd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>These names are always found by the check for identifying details, in any capitals and every spelling you add, and always replaced by the same pseudonym. The list stays inside your encrypted journal and its backups: it is never put in an export.</source>
        <translation>Mae&apos;r gwiriad manylion adnabod bob amser yn dod o hyd i&apos;r enwau hyn, mewn priflythrennau neu beidio ac ym mhob sillafiad rydych chi&apos;n ei ychwanegu, ac maen nhw bob amser yn cael eu disodli gan yr un ffugenw. Mae&apos;r rhestr yn aros y tu mewn i&apos;ch dyddlyfr wedi&apos;i amgryptio a&apos;i gopïau wrth gefn: nid yw byth yn cael ei rhoi mewn allforiad.</translation>
    </message>
    <message>
        <source>Stop protecting this name?</source>
        <translation>Peidio â diogelu&apos;r enw hwn?</translation>
    </message>
    <message>
        <source>Stop protecting “%1”?</source>
        <translation>Peidio â diogelu “%1”?</translation>
    </message>
    <message>
        <source>The check will no longer be sure to catch it, and a new reflection may give it a different pseudonym. Reflections already changed keep theirs.</source>
        <translation>Ni fydd y gwiriad yn sicr o&apos;i ddal mwyach, a gall myfyrdod newydd roi ffugenw gwahanol iddo. Bydd myfyrdodau sydd eisoes wedi&apos;u newid yn cadw eu ffugenw nhw.</translation>
    </message>
    <message>
        <source>Stop protecting</source>
        <translation>Peidio â diogelu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Use your recovery key – Reflective Supervision Journal</source>
        <translation>Defnyddio eich allwedd adfer – Dyddlyfr Goruchwyliaeth Fyfyriol</translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation>Defnyddio eich allwedd adfer</translation>
    </message>
    <message>
        <source>Type the recovery key from your emergency kit, then choose a new passphrase. Your reflections stay exactly as they are.</source>
        <translation>Teipiwch yr allwedd adfer o&apos;ch pecyn argyfwng, yna dewiswch gyfrinymadrodd newydd. Bydd eich myfyrdodau&apos;n aros yn union fel y maen nhw.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Allwedd adfer:</translation>
    </message>
    <message>
        <source>&amp;Set passphrase and open</source>
        <translation>&amp;Gosod cyfrinymadrodd ac agor</translation>
    </message>
    <message>
        <source>Set passphrase and open</source>
        <translation>Gosod cyfrinymadrodd ac agor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Teipiwch eich allwedd adfer yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Keep your recovery key safe</source>
        <translation>Cadwch eich allwedd adfer yn ddiogel</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this recovery key is the only way back into your journal. Nobody else, including your IT team, can reset it for you. It is shown only this once.</source>
        <translation>Os byddwch yn anghofio eich cyfrinymadrodd, yr allwedd adfer hon yw&apos;r unig ffordd yn ôl i mewn i&apos;ch dyddlyfr. Ni all neb arall, gan gynnwys eich tîm TG, ailosod y cyfrinymadrodd i chi. Dim ond y tro hwn y caiff yr allwedd ei dangos.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>Save emergency kit as &amp;PDF…</source>
        <translation>&amp;Cadw&apos;r pecyn argyfwng fel PDF…</translation>
    </message>
    <message>
        <source>Save emergency kit as PDF</source>
        <translation>Cadw&apos;r pecyn argyfwng fel PDF</translation>
    </message>
    <message>
        <source>Print the kit, or write the key down, and keep it away from this computer.</source>
        <translation>Argraffwch y pecyn, neu ysgrifennwch yr allwedd ar bapur, a chadwch hwnnw ymhell o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>I have &amp;stored my recovery key safely</source>
        <translation>Rwyf wedi &amp;storio fy allwedd adfer yn ddiogel</translation>
    </message>
    <message>
        <source>I have stored my recovery key safely</source>
        <translation>Rwyf wedi storio fy allwedd adfer yn ddiogel</translation>
    </message>
    <message>
        <source>Reflective journal emergency kit.pdf</source>
        <translation>Pecyn argyfwng dyddlyfr myfyriol.pdf</translation>
    </message>
    <message>
        <source>Save emergency kit</source>
        <translation>Cadw&apos;r pecyn argyfwng</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then keep it away from this computer.</source>
        <translation>Wedi&apos;i gadw yn {path}. Argraffwch ef, yna cadwch ef ymhell o&apos;r cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Efallai fod rhywun yn gwybod fy nghyfrinymadrodd</translation>
    </message>
    <message>
        <source>Lock out whoever knew your passphrase</source>
        <translation>Cloi allan pwy bynnag oedd yn gwybod eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your journal gets a new encryption key, a new passphrase and a new recovery key, and your backups are re-encrypted so the old passphrase and recovery key open none of them. It can take a few minutes for a large journal; you can stop the computer at any moment without losing anything.

It cannot take back copies someone already made: a copy of the old files still opens with the old passphrase.</source>
        <translation>Bydd eich dyddlyfr yn cael allwedd amgryptio newydd, cyfrinymadrodd newydd ac allwedd adfer newydd, a bydd eich copïau wrth gefn yn cael eu hailamgryptio fel na fydd yr hen gyfrinymadrodd na&apos;r hen allwedd adfer yn agor yr un ohonyn nhw. Gall gymryd ychydig funudau os yw&apos;r dyddlyfr yn fawr; gallwch ddiffodd y cyfrifiadur unrhyw bryd heb golli dim.

Ni all hyn wneud dim am gopïau y mae rhywun wedi&apos;u gwneud eisoes: bydd copi o&apos;r hen ffeiliau yn dal i agor gyda&apos;r hen gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Cyfrinymadrodd &amp;presennol:</translation>
    </message>
    <message>
        <source>&amp;Delete the old backups instead of re-encrypting them</source>
        <translation>Dileu&apos;r hen gopïau wrth gefn yn &amp;lle eu hailamgryptio</translation>
    </message>
    <message>
        <source>Delete the old backups instead of re-encrypting them</source>
        <translation>Dileu&apos;r hen gopïau wrth gefn yn lle eu hailamgryptio</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Newid yr allwedd</translation>
    </message>
    <message>
        <source>Making a backup first…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn yn gyntaf…</translation>
    </message>
    <message>
        <source>Sealing the new key…</source>
        <translation>Wrthi&apos;n selio&apos;r allwedd newydd…</translation>
    </message>
    <message>
        <source>Re-encrypting your journal…</source>
        <translation>Wrthi&apos;n ailamgryptio eich dyddlyfr…</translation>
    </message>
    <message>
        <source>Putting the re-encrypted journal in place…</source>
        <translation>Wrthi&apos;n rhoi&apos;r dyddlyfr wedi&apos;i ailamgryptio yn ei le…</translation>
    </message>
    <message>
        <source>Deleting the old backups…</source>
        <translation>Wrthi&apos;n dileu&apos;r hen gopïau wrth gefn…</translation>
    </message>
    <message>
        <source>Re-encrypting your backups…</source>
        <translation>Wrthi&apos;n ailamgryptio eich copïau wrth gefn…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wrthi&apos;n gorffen…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Wedi gorffen.</translation>
    </message>
    <message>
        <source>Changing the key</source>
        <translation>Wrthi&apos;n newid yr allwedd</translation>
    </message>
    <message>
        <source>Changing your journal&apos;s key…</source>
        <translation>Wrthi&apos;n newid allwedd eich dyddlyfr…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock – Reflective Supervision Journal</source>
        <translation>Datgloi – Dyddlyfr Goruchwyliaeth Fyfyriol</translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation>Datgloi eich dyddlyfr</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation>Mae eich dyddlyfr wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation>Teipiwch eich cyfrinymadrodd i&apos;w agor.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation>&amp;Wedi anghofio&apos;r cyfrinymadrodd?</translation>
    </message>
    <message>
        <source>Forgot passphrase? Use your recovery key</source>
        <translation>Wedi anghofio&apos;r cyfrinymadrodd? Defnyddiwch eich allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check Caps Lock and try again. Nothing was changed.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor y dyddlyfr hwn. Gwiriwch Caps Lock a rhowch gynnig arall arni. Ni chafodd dim ei newid.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to your reflective journal</source>
        <translation>Croeso i&apos;ch dyddlyfr myfyriol</translation>
    </message>
    <message>
        <source>A private place to think through supervision sessions and leadership moments, link your reflections to the knowledge and skills statement, and gather evidence for your appraisal.</source>
        <translation>Lle preifat i feddwl am sesiynau goruchwyliaeth ac eiliadau arwain, cysylltu eich myfyrdodau â&apos;r datganiad gwybodaeth a sgiliau (KSS), a chasglu tystiolaeth ar gyfer eich arfarniad.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dyddlyfr</translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer with a passphrase only you know. Nothing is sent over the internet.</source>
        <translation>Mae popeth rydych chi&apos;n ei ysgrifennu yn cael ei amgryptio ar y cyfrifiadur hwn gyda chyfrinymadrodd mai dim ond chi sy&apos;n ei wybod. Nid oes dim yn cael ei anfon dros y rhyngrwyd.</translation>
    </message>
    <message>
        <source>&amp;Language / Iaith:</source>
        <translation>&amp;Iaith / Language:</translation>
    </message>
    <message>
        <source>Setting up takes about two minutes: choose a passphrase, keep a recovery key safe, and pick the framework you use most.</source>
        <translation>Mae&apos;r sefydlu&apos;n cymryd tua dau funud: dewis cyfrinymadrodd, cadw allwedd adfer yn ddiogel, a dewis y fframwaith rydych chi&apos;n ei ddefnyddio fwyaf.</translation>
    </message>
    <message>
        <source>Your journal will be kept in: {folder}</source>
        <translation>Bydd eich dyddlyfr yn cael ei gadw yn: {folder}</translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Your current passphrase is not right. Nothing was changed.</source>
        <translation>Nid yw eich cyfrinymadrodd presennol yn gywir. Ni chafodd dim ei newid.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd presennol yn gyntaf.</translation>
    </message>
</context>
</TS>
