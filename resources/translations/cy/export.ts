<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export appraisal PDF</source>
        <translation>Allforio PDF arfarnu</translation>
    </message>
    <message>
        <source>A PDF for your appraiser: what you did, what you learnt and how it maps to your framework. It is checked for names and other details that could identify someone before it is saved.</source>
        <translation>PDF i&apos;ch arfarnwr: beth wnaethoch chi, beth ddysgoch chi a sut mae&apos;n cyd-fynd â&apos;ch fframwaith. Cyn ei gadw, caiff ei wirio am enwau a manylion eraill a allai adnabod rhywun.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Other formats and import…</source>
        <translation>Fformatau eraill a mewnforio…</translation>
    </message>
    <message>
        <source>Keep a copy of your whole journal as JSON or Markdown, or import one</source>
        <translation>Cadw copi o&apos;ch dyddlyfr cyfan fel JSON neu Markdown, neu fewnforio un</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Allforio PDF…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau.</translation>
    </message>
    <message>
        <source>No reflections are included: change the choices above.</source>
        <translation>Nid oes unrhyw fyfyrdodau wedi&apos;u cynnwys: newidiwch yr opsiynau uchod.</translation>
    </message>
    <message>
        <source>Checking for names and other identifying details…</source>
        <translation>Wrthi&apos;n chwilio am enwau a manylion adnabod eraill…</translation>
    </message>
    <message>
        <source>Identifying details in your appraisal</source>
        <translation>Manylion adnabod yn eich arfarniad</translation>
    </message>
    <message>
        <source>Your self-assessment, plan or feedback may identify someone. Change it in the Appraisal view, or export it as it is.</source>
        <translation>Gallai eich hunanasesiad, eich cynllun neu&apos;ch adborth adnabod rhywun. Newidiwch y testun yng ngwedd yr Arfarniad, neu allforiwch ef fel y mae.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Allforio beth bynnag</translation>
    </message>
    <message>
        <source>Every reflection had something found, so none are left to export.</source>
        <translation>Daethpwyd o hyd i rywbeth ym mhob myfyrdod, felly nid oes yr un ar ôl i&apos;w allforio.</translation>
    </message>
    <message>
        <source>Replace with suggestions?</source>
        <translation>Rhoi&apos;r awgrymiadau yn eu lle?</translation>
    </message>
    <message numerus="yes">
        <source>Change %n detail(s) in %1 to the suggestions? The reflections in your journal are saved with the new words, and then the PDF is made.</source>
        <translation>
            <numerusform>Newid %n o fanylion mewn %1 i&apos;r awgrymiadau? Bydd y myfyrdodau yn eich dyddlyfr yn cael eu cadw gyda&apos;r geiriau newydd, ac yna bydd y PDF yn cael ei greu.</numerusform>
            <numerusform>Newid %n manylyn mewn %1 i&apos;r awgrymiadau? Bydd y myfyrdodau yn eich dyddlyfr yn cael eu cadw gyda&apos;r geiriau newydd, ac yna bydd y PDF yn cael ei greu.</numerusform>
            <numerusform>Newid %n o fanylion mewn %1 i&apos;r awgrymiadau? Bydd y myfyrdodau yn eich dyddlyfr yn cael eu cadw gyda&apos;r geiriau newydd, ac yna bydd y PDF yn cael ei greu.</numerusform>
            <numerusform>Newid %n o fanylion mewn %1 i&apos;r awgrymiadau? Bydd y myfyrdodau yn eich dyddlyfr yn cael eu cadw gyda&apos;r geiriau newydd, ac yna bydd y PDF yn cael ei greu.</numerusform>
            <numerusform>Newid %n o fanylion mewn %1 i&apos;r awgrymiadau? Bydd y myfyrdodau yn eich dyddlyfr yn cael eu cadw gyda&apos;r geiriau newydd, ac yna bydd y PDF yn cael ei greu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n o fyfyrdodau</numerusform>
            <numerusform>%n myfyrdod</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Amnewid</translation>
    </message>
    <message>
        <source>Replacing the details in your journal…</source>
        <translation>Wrthi&apos;n amnewid y manylion yn eich dyddlyfr…</translation>
    </message>
    <message>
        <source>Save the appraisal PDF</source>
        <translation>Cadw&apos;r PDF arfarnu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not exported: no place to save it was chosen.</source>
        <translation>Heb ei allforio: ni ddewiswyd lle i&apos;w gadw.</translation>
    </message>
    <message>
        <source>Laying out the pages: reflection {done} of {total}…</source>
        <translation>Wrthi&apos;n gosod y tudalennau: myfyrdod {done} o {total}…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Wrthi&apos;n cadw&apos;r PDF…</translation>
    </message>
    <message>
        <source>Making your appraisal PDF…</source>
        <translation>Wrthi&apos;n creu eich PDF arfarnu…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Canslwyd yr allforio; ni chafodd dim ei gadw.</translation>
    </message>
</context>
<context>
    <name>ExportDonePage</name>
    <message>
        <source>Your appraisal PDF is saved</source>
        <translation>Mae eich PDF arfarnu wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Beth gafodd ei gadw</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Agor y ffolder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n o fyfyrdodau</numerusform>
            <numerusform>%n myfyrdod</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n o dudalennau</numerusform>
            <numerusform>%n dudalen</numerusform>
            <numerusform>%n o dudalennau</numerusform>
            <numerusform>%n o dudalennau</numerusform>
            <numerusform>%n o dudalennau</numerusform>
        </translation>
    </message>
    <message>
        <source>“{file}”, in the folder {folder}</source>
        <translation>“{file}”, yn y ffolder {folder}</translation>
    </message>
    <message>
        <source>{reflections}, {pages}.</source>
        <translation>{reflections}, {pages}.</translation>
    </message>
    <message>
        <source>Read it through before you send it to your appraiser.</source>
        <translation>Darllenwch ef drwyddo cyn i chi ei anfon at eich arfarnwr.</translation>
    </message>
    <message numerus="yes">
        <source>Left out because something identifying was found: %n.</source>
        <translation>
            <numerusform>Wedi&apos;u gadael allan am fod rhywbeth a allai adnabod rhywun wedi&apos;i ganfod: %n.</numerusform>
            <numerusform>Wedi&apos;i adael allan am fod rhywbeth a allai adnabod rhywun wedi&apos;i ganfod: %n.</numerusform>
            <numerusform>Wedi&apos;u gadael allan am fod rhywbeth a allai adnabod rhywun wedi&apos;i ganfod: %n.</numerusform>
            <numerusform>Wedi&apos;u gadael allan am fod rhywbeth a allai adnabod rhywun wedi&apos;i ganfod: %n.</numerusform>
            <numerusform>Wedi&apos;u gadael allan am fod rhywbeth a allai adnabod rhywun wedi&apos;i ganfod: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>It opens only with the password you chose.</source>
        <translation>Dim ond gyda&apos;r cyfrinair a ddewisoch chi y mae&apos;n agor.</translation>
    </message>
    <message>
        <source>It has no password: share it the way your employer asks you to share confidential documents.</source>
        <translation>Nid oes cyfrinair arno: rhannwch ef yn y ffordd y mae eich cyflogwr yn gofyn i chi rannu dogfennau cyfrinachol.</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;i</translation>
    </message>
    <message>
        <source>T&amp;his appraisal year</source>
        <translation>Y flwyddyn arfarnu &amp;hon</translation>
    </message>
    <message>
        <source>&amp;Last appraisal year</source>
        <translation>Y &amp;flwyddyn arfarnu ddiwethaf</translation>
    </message>
    <message>
        <source>Your appraisal year starts in {month} (change this in Preferences).</source>
        <translation>Mae eich blwyddyn arfarnu&apos;n dechrau ym mis {month} (gallwch newid hyn yn y Dewisiadau).</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Which reflections</source>
        <translation>Pa fyfyrdodau</translation>
    </message>
    <message>
        <source>Reflections marked shareable and final go in.</source>
        <translation>Mae myfyrdodau sydd wedi&apos;u marcio&apos;n derfynol ac y gellir eu rhannu yn cael eu cynnwys.</translation>
    </message>
    <message>
        <source>Also include pri&amp;vate reflections</source>
        <translation>Cynnwys myfyrdodau &amp;preifat hefyd</translation>
    </message>
    <message>
        <source>Private reflections were written for you alone. Tick this only if you mean your appraiser to read them.</source>
        <translation>Cafodd myfyrdodau preifat eu hysgrifennu ar eich cyfer chi yn unig. Ticiwch hwn dim ond os ydych chi&apos;n bwriadu i&apos;ch arfarnwr eu darllen.</translation>
    </message>
    <message>
        <source>Also include &amp;drafts</source>
        <translation>Cynnwys &amp;drafftiau hefyd</translation>
    </message>
    <message>
        <source>Private reflections will be in the PDF. Read it before you share it.</source>
        <translation>Bydd myfyrdodau preifat yn y PDF. Darllenwch ef cyn i chi ei rannu.</translation>
    </message>
    <message>
        <source>Add my appraisal workspace</source>
        <translation>Ychwanegu fy man gwaith arfarnu</translation>
    </message>
    <message>
        <source>Your self-assessment, last period&apos;s objectives, your plan and feedback.</source>
        <translation>Eich hunanasesiad, amcanion y cyfnod diwethaf, eich cynllun a&apos;ch adborth.</translation>
    </message>
    <message>
        <source>Attach my evidence files</source>
        <translation>Atodi fy ffeiliau tystiolaeth</translation>
    </message>
    <message>
        <source>Certificates and letters you keep with these reflections and the appraisal. The identifier check cannot read inside them: look at each before you share.</source>
        <translation>Tystysgrifau a llythyrau rydych chi&apos;n eu cadw gyda&apos;r myfyrdodau hyn a&apos;r arfarniad. Ni all y gwiriad manylion adnabod ddarllen eu cynnwys: edrychwch ar bob un cyn i chi rannu.</translation>
    </message>
    <message>
        <source>Cymraeg</source>
        <comment>the Welsh language, named in Welsh</comment>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Cymraeg a Saesneg / Welsh and English</source>
        <translation>Cymraeg a Saesneg / Welsh and English</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the language, named in English</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>How much of each reflection:</source>
        <translation>Faint o bob myfyrdod:</translation>
    </message>
    <message>
        <source>In Welsh and English, each heading and note is in Welsh first, then English.</source>
        <translation>Gyda “Cymraeg a Saesneg”, mae pob pennawd a nodyn yn Gymraeg yn gyntaf, ac yna yn Saesneg.</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Iaith y ddogfen</translation>
    </message>
    <message>
        <source>The &amp;whole reflection</source>
        <translation>&amp;Y myfyrdod cyfan</translation>
    </message>
    <message>
        <source>A &amp;summary</source>
        <translation>&amp;Crynodeb</translation>
    </message>
    <message>
        <source>One line each (short)</source>
        <translation>Un llinell yr un (byr)</translation>
    </message>
    <message>
        <source>For an appraiser who will not read thirty pages: the summary, the charts, your own words and one line per reflection.</source>
        <translation>Ar gyfer arfarnwr na fydd yn darllen tri deg tudalen: y crynodeb, y siartiau, eich geiriau eich hun ac un llinell i bob myfyrdod.</translation>
    </message>
    <message>
        <source>A summary is the opening paragraph, what you learnt and your actions.</source>
        <translation>Crynodeb yw&apos;r paragraff agoriadol, yr hyn a ddysgoch chi a&apos;ch camau gweithredu.</translation>
    </message>
    <message>
        <source>How many reflections will be included</source>
        <translation>Faint o fyfyrdodau fydd yn cael eu cynnwys</translation>
    </message>
    <message>
        <source>Reflections left out, and why</source>
        <translation>Myfyrdodau sy&apos;n cael eu gadael allan, a pham</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translation>Cynnwys drafftiau</translation>
    </message>
    <message>
        <source>Include private reflections</source>
        <translation>Cynnwys myfyrdodau preifat</translation>
    </message>
    <message>
        <source>About you and your appraiser</source>
        <translation>Amdanoch chi a&apos;ch arfarnwr</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>for example, Principal social worker</source>
        <translation>er enghraifft, Prif weithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Cyflogwr</translation>
    </message>
    <message>
        <source>Appraiser&apos;s name</source>
        <translation>Enw&apos;r arfarnwr</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>dewisol</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Eich &amp;rôl:</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>Cyflog&amp;wr:</translation>
    </message>
    <message>
        <source>&amp;Appraiser:</source>
        <translation>&amp;Arfarnwr:</translation>
    </message>
    <message>
        <source>Your name, role and employer are kept in your journal for next time.</source>
        <translation>Mae eich enw, eich rôl a&apos;ch cyflogwr yn cael eu cadw yn eich dyddlyfr ar gyfer y tro nesaf.</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Cyfrinair (dewisol)</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Cyfrinair y PDF</translation>
    </message>
    <message>
        <source>Type the PDF password again</source>
        <translation>Teipiwch gyfrinair y PDF eto</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Cyfri&amp;nair:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>&amp;Teipiwch ef eto:</translation>
    </message>
    <message>
        <source>Leave empty for a PDF without a password. With one, your appraiser needs it to open the PDF: tell them it separately, not in the same email.</source>
        <translation>Gadewch yn wag i gael PDF heb gyfrinair. Os oes cyfrinair, bydd ei angen ar eich arfarnwr i agor y PDF: rhowch y cyfrinair iddyn nhw ar wahân, nid yn yr un e-bost.</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) will be included</source>
        <translation>
            <numerusform>Bydd %n o fyfyrdodau&apos;n cael eu cynnwys</numerusform>
            <numerusform>Bydd %n myfyrdod yn cael ei gynnwys</numerusform>
            <numerusform>Bydd %n o fyfyrdodau&apos;n cael eu cynnwys</numerusform>
            <numerusform>Bydd %n o fyfyrdodau&apos;n cael eu cynnwys</numerusform>
            <numerusform>Bydd %n o fyfyrdodau&apos;n cael eu cynnwys</numerusform>
        </translation>
    </message>
    <message>
        <source>No reflections in this period. Try a longer period.</source>
        <translation>Nid oes myfyrdodau yn y cyfnod hwn. Rhowch gynnig ar gyfnod hirach.</translation>
    </message>
    <message>
        <source>No reflections are included yet: see why below.</source>
        <translation>Nid oes myfyrdodau wedi&apos;u cynnwys eto: gweler pam isod.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n o ddrafftiau</numerusform>
            <numerusform>%n drafft</numerusform>
            <numerusform>%n o ddrafftiau</numerusform>
            <numerusform>%n o ddrafftiau</numerusform>
            <numerusform>%n o ddrafftiau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private reflection(s)</source>
        <translation>
            <numerusform>%n o fyfyrdodau preifat</numerusform>
            <numerusform>%n myfyrdod preifat</numerusform>
            <numerusform>%n o fyfyrdodau preifat</numerusform>
            <numerusform>%n o fyfyrdodau preifat</numerusform>
            <numerusform>%n o fyfyrdodau preifat</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out from this period: %1.</source>
        <translation>Wedi&apos;u gadael allan o&apos;r cyfnod hwn: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <source>Some are both.</source>
        <translation>Mae rhai yn ddrafft ac yn breifat.</translation>
    </message>
    <message numerus="yes">
        <source>Use a PDF password of at least %n character(s).</source>
        <translation>
            <numerusform>Defnyddiwch gyfrinair PDF sydd ag o leiaf %n o nodau.</numerusform>
            <numerusform>Defnyddiwch gyfrinair PDF sydd ag o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch gyfrinair PDF sydd ag o leiaf %n o nodau.</numerusform>
            <numerusform>Defnyddiwch gyfrinair PDF sydd ag o leiaf %n o nodau.</numerusform>
            <numerusform>Defnyddiwch gyfrinair PDF sydd ag o leiaf %n o nodau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two PDF passwords are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinair PDF yr un fath.</translation>
    </message>
    <message>
        <source>Tick at least one framework.</source>
        <translation>Ticiwch o leiaf un fframwaith.</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Check before you share</source>
        <translation>Gwiriwch cyn rhannu</translation>
    </message>
    <message>
        <source>Before anything leaves your journal it is checked for names and other details that could identify a child, a family or a colleague. Some of these may be fine to share; you decide.</source>
        <translation>Cyn i unrhyw beth adael eich dyddlyfr, caiff ei wirio am enwau a manylion eraill a allai adnabod plentyn, teulu neu gydweithiwr. Efallai y bydd yn iawn rhannu rhai o&apos;r rhain; chi sy&apos;n penderfynu.</translation>
    </message>
    <message numerus="yes">
        <source>Possible identifying details found: %n, in %1.</source>
        <translation>
            <numerusform>Manylion adnabod posibl a ganfuwyd: %n, mewn %1.</numerusform>
            <numerusform>Manylyn adnabod posibl a ganfuwyd: %n, mewn %1.</numerusform>
            <numerusform>Manylion adnabod posibl a ganfuwyd: %n, mewn %1.</numerusform>
            <numerusform>Manylion adnabod posibl a ganfuwyd: %n, mewn %1.</numerusform>
            <numerusform>Manylion adnabod posibl a ganfuwyd: %n, mewn %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n o fyfyrdodau</numerusform>
            <numerusform>%n myfyrdod</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
            <numerusform>%n o fyfyrdodau</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Supervision: with (role)</source>
        <translation>Goruchwyliaeth: gyda (rôl)</translation>
    </message>
    <message>
        <source>Reflections and what was found in them</source>
        <translation>Myfyrdodau a&apos;r hyn a ganfuwyd ynddyn nhw</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Wedi&apos;i ganfod</translation>
    </message>
    <message>
        <source>Suggested instead</source>
        <translation>Awgrym yn ei le</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Names I protect</source>
        <translation>Enwau rwy&apos;n eu diogelu</translation>
    </message>
    <message>
        <source>Always %1</source>
        <translation>%1 bob tro</translation>
    </message>
    <message>
        <source>Always treat “%1” as %2</source>
        <translation>Trin “%1” fel %2 bob tro</translation>
    </message>
    <message>
        <source>Add it to the names you protect, so it is always caught and always %1</source>
        <translation>Ei ychwanegu at yr enwau rydych chi&apos;n eu diogelu, fel ei fod bob amser yn cael ei ddal a bod %1 yn cael ei roi yn ei le bob tro</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Wedi&apos;i ddiogelu</translation>
    </message>
    <message>
        <source>&amp;Fix in the journal</source>
        <translation>&amp;Cywiro yn y dyddlyfr</translation>
    </message>
    <message>
        <source>Close this and open the first of these reflections, so you can change the words yourself.</source>
        <translation>Cau hwn ac agor y cyntaf o&apos;r myfyrdodau hyn, er mwyn i chi newid y geiriau eich hun.</translation>
    </message>
    <message>
        <source>&amp;Replace all with suggestions…</source>
        <translation>&amp;Rhoi&apos;r awgrymiadau yn lle pob un…</translation>
    </message>
    <message>
        <source>Change every detail listed to the suggestion (a name becomes “Child A”, for example) in your journal, then export.</source>
        <translation>Newid pob manylyn a restrir i&apos;r awgrym yn eich dyddlyfr (er enghraifft, mae “Plentyn A” yn cymryd lle enw), yna allforio.</translation>
    </message>
    <message>
        <source>&amp;Leave these reflections out</source>
        <translation>&amp;Gadael y myfyrdodau hyn allan</translation>
    </message>
    <message>
        <source>Export the others; these reflections stay in your journal unchanged.</source>
        <translation>Allforio&apos;r lleill; mae&apos;r myfyrdodau hyn yn aros yn eich dyddlyfr heb eu newid.</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Allforio beth bynnag</translation>
    </message>
    <message>
        <source>Everything listed goes in the PDF as it is.</source>
        <translation>Mae popeth a restrir yn mynd i&apos;r PDF fel y mae.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Back to the export choices</source>
        <translation>Yn ôl i&apos;r opsiynau allforio</translation>
    </message>
</context>
<context>
    <name>OpenExportsDialog</name>
    <message>
        <source>Other formats and import</source>
        <translation>Fformatau eraill a mewnforio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Keep a copy of your reflections</source>
        <translation>Cadw copi o&apos;ch myfyrdodau</translation>
    </message>
    <message>
        <source>A copy is for you to keep. It includes private reflections and drafts, and it is not encrypted: keep it somewhere safe, such as your employer&apos;s secure drive.</source>
        <translation>Copi i chi ei gadw yw hwn. Mae&apos;n cynnwys myfyrdodau preifat a drafftiau, ac nid yw wedi&apos;i amgryptio: cadwch ef yn rhywle diogel, fel gyriant diogel eich cyflogwr.</translation>
    </message>
    <message>
        <source>&amp;All my reflections</source>
        <translation>&amp;Fy holl fyfyrdodau</translation>
    </message>
    <message>
        <source>Only &amp;from</source>
        <translation>Dim ond &amp;o</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>One &amp;JSON file: it can be imported back into this app</source>
        <translation>Un ffeil &amp;JSON: gellir ei mewnforio&apos;n ôl i&apos;r ap hwn</translation>
    </message>
    <message>
        <source>A folder of &amp;Markdown files: one per reflection, for any text editor</source>
        <translation>Ffolder o ffeiliau &amp;Markdown: un i bob myfyrdod, ar gyfer unrhyw olygydd testun</translation>
    </message>
    <message>
        <source>The same Markdown files in one &amp;zip file</source>
        <translation>Yr un ffeiliau Markdown mewn un ffeil &amp;zip</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Cadw co&amp;pi…</translation>
    </message>
    <message>
        <source>Import reflections</source>
        <translation>Mewnforio myfyrdodau</translation>
    </message>
    <message>
        <source>Bring in reflections from a JSON file made by this app, for example on another computer. The whole file is checked first: if anything in it is wrong, nothing is imported. Reflections already in your journal stay as they are.</source>
        <translation>Dod â myfyrdodau i mewn o ffeil JSON a wnaed gan yr ap hwn, er enghraifft ar gyfrifiadur arall. Caiff y ffeil gyfan ei gwirio yn gyntaf: os oes unrhyw beth o&apos;i le ynddi, ni chaiff dim ei fewnforio. Bydd myfyrdodau sydd eisoes yn eich dyddlyfr yn aros fel y maen nhw.</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>M&amp;ewnforio o JSON…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Agor y ffolder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Saving a copy of your reflections…</source>
        <translation>Wrthi&apos;n cadw copi o&apos;ch myfyrdodau…</translation>
    </message>
    <message>
        <source>Reflective journal</source>
        <translation>Dyddlyfr myfyriol</translation>
    </message>
    <message>
        <source>Choose where to put the folder of Markdown files</source>
        <translation>Dewiswch ble i roi&apos;r ffolder o ffeiliau Markdown</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ffeiliau JSON (*.json)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Ffeiliau zip (*.zip)</translation>
    </message>
    <message>
        <source>Save a copy of your reflections</source>
        <translation>Cadw copi o&apos;ch myfyrdodau</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to “%1”.</source>
        <translation>
            <numerusform>Cadwyd %n o fyfyrdodau yn “%1”.</numerusform>
            <numerusform>Cadwyd %n myfyrdod yn “%1”.</numerusform>
            <numerusform>Cadwyd %n o fyfyrdodau yn “%1”.</numerusform>
            <numerusform>Cadwyd %n o fyfyrdodau yn “%1”.</numerusform>
            <numerusform>Cadwyd %n o fyfyrdodau yn “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import reflections from a JSON file</source>
        <translation>Mewnforio myfyrdodau o ffeil JSON</translation>
    </message>
    <message>
        <source>Checking and importing “{name}”…</source>
        <translation>Wrthi&apos;n gwirio a mewnforio “{name}”…</translation>
    </message>
    <message>
        <source>Nothing new to import: every reflection in “{name}” is already in your journal.</source>
        <translation>Dim byd newydd i&apos;w fewnforio: mae pob myfyrdod yn “{name}” eisoes yn eich dyddlyfr.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n reflection(s) from “{name}”.</source>
        <translation>
            <numerusform>Mewnforiwyd %n o fyfyrdodau o “{name}”.</numerusform>
            <numerusform>Mewnforiwyd %n myfyrdod o “{name}”.</numerusform>
            <numerusform>Mewnforiwyd %n o fyfyrdodau o “{name}”.</numerusform>
            <numerusform>Mewnforiwyd %n o fyfyrdodau o “{name}”.</numerusform>
            <numerusform>Mewnforiwyd %n o fyfyrdodau o “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in your journal, so left as they are: %n.</source>
        <translation>
            <numerusform>Eisoes yn eich dyddlyfr, felly wedi&apos;u gadael fel y maen nhw: %n.</numerusform>
            <numerusform>Eisoes yn eich dyddlyfr, felly wedi&apos;i adael fel y mae: %n.</numerusform>
            <numerusform>Eisoes yn eich dyddlyfr, felly wedi&apos;u gadael fel y maen nhw: %n.</numerusform>
            <numerusform>Eisoes yn eich dyddlyfr, felly wedi&apos;u gadael fel y maen nhw: %n.</numerusform>
            <numerusform>Eisoes yn eich dyddlyfr, felly wedi&apos;u gadael fel y maen nhw: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Different from your journal&apos;s copy, which was kept: %n.</source>
        <translation>
            <numerusform>Yn wahanol i&apos;r copïau yn eich dyddlyfr, a gafodd eu cadw: %n.</numerusform>
            <numerusform>Yn wahanol i&apos;r copi yn eich dyddlyfr, a gafodd ei gadw: %n.</numerusform>
            <numerusform>Yn wahanol i&apos;r copïau yn eich dyddlyfr, a gafodd eu cadw: %n.</numerusform>
            <numerusform>Yn wahanol i&apos;r copïau yn eich dyddlyfr, a gafodd eu cadw: %n.</numerusform>
            <numerusform>Yn wahanol i&apos;r copïau yn eich dyddlyfr, a gafodd eu cadw: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appraisal(s).</source>
        <translation>
            <numerusform>Mewnforiwyd %n o arfarniadau.</numerusform>
            <numerusform>Mewnforiwyd %n arfarniad.</numerusform>
            <numerusform>Mewnforiwyd %n o arfarniadau.</numerusform>
            <numerusform>Mewnforiwyd %n o arfarniadau.</numerusform>
            <numerusform>Mewnforiwyd %n o arfarniadau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n appraisal(s) as they are: your journal already has one for the same period.</source>
        <translation>
            <numerusform>Gadawyd %n o arfarniadau fel y maen nhw: mae gan eich dyddlyfr un ar gyfer yr un cyfnod eisoes.</numerusform>
            <numerusform>Gadawyd %n arfarniad fel y mae: mae gan eich dyddlyfr un ar gyfer yr un cyfnod eisoes.</numerusform>
            <numerusform>Gadawyd %n o arfarniadau fel y maen nhw: mae gan eich dyddlyfr un ar gyfer yr un cyfnod eisoes.</numerusform>
            <numerusform>Gadawyd %n o arfarniadau fel y maen nhw: mae gan eich dyddlyfr un ar gyfer yr un cyfnod eisoes.</numerusform>
            <numerusform>Gadawyd %n o arfarniadau fel y maen nhw: mae gan eich dyddlyfr un ar gyfer yr un cyfnod eisoes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflection {done} of {total}…</source>
        <translation>Myfyrdod {done} o {total}…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved or changed.</source>
        <translation>Wedi&apos;i ganslo; ni chafodd dim ei gadw na&apos;i newid.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Choose the backup to put back. Your journal will look exactly as it did when that backup was made. The journal as it is now is backed up first, so nothing is lost.</source>
        <translation>Dewiswch y copi wrth gefn i&apos;w roi yn ôl. Bydd eich dyddlyfr yn edrych yn union fel yr oedd pan wnaed y copi wrth gefn hwnnw. Caiff copi wrth gefn o&apos;r dyddlyfr fel y mae nawr ei wneud yn gyntaf, felly ni chollir dim.</translation>
    </message>
    <message>
        <source>Backing up the journal as it is, then putting the chosen backup in place…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn o&apos;r dyddlyfr fel y mae, ac yna&apos;n rhoi&apos;r copi a ddewiswyd yn ei le…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copi wrth gefn wedi&apos;i adfer</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <source>Kept before a restore, an update or a key change. These hold your journal as it was then, and are kept until you delete them.</source>
        <translation>Wedi&apos;u cadw cyn adfer, diweddaru neu newid allwedd. Mae&apos;r rhain yn dal eich dyddlyfr fel yr oedd bryd hynny, ac maen nhw&apos;n cael eu cadw nes i chi eu dileu.</translation>
    </message>
    <message>
        <source>Copies kept before a restore, an update or a key change</source>
        <translation>Copïau a gadwyd cyn adfer, diweddaru neu newid allwedd</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Dewis ffeil arall…</translation>
    </message>
    <message>
        <source>Restored the backup {name}. The journal as it was is kept as a backup.</source>
        <translation>Adferwyd y copi wrth gefn {name}. Mae&apos;r dyddlyfr fel yr oedd wedi&apos;i gadw fel copi wrth gefn.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Adfer…</translation>
    </message>
    <message>
        <source>Delete this kept copy…</source>
        <translation>Dileu&apos;r copi hwn a gadwyd…</translation>
    </message>
    <message>
        <source>Delete the chosen kept copy</source>
        <translation>Dileu&apos;r copi a gadwyd sydd wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>No backups in {folder} yet.</source>
        <translation>Dim copïau wrth gefn yn {folder} eto.</translation>
    </message>
    <message>
        <source>Delete this kept copy?</source>
        <translation>Dileu&apos;r copi hwn a gadwyd?</translation>
    </message>
    <message>
        <source>Delete this copy of your journal for good?</source>
        <translation>Dileu&apos;r copi hwn o&apos;ch dyddlyfr am byth?</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Ni chafodd y copi wrth gefn ei adfer</translation>
    </message>
    <message>
        <source>The backup was restored with the key file kept beside it, so the journal now opens with the passphrase (or recovery key) you just used for it.</source>
        <translation>Cafodd y copi wrth gefn ei adfer gyda&apos;r ffeil allwedd a gadwyd wrth ei ymyl, felly mae&apos;r dyddlyfr bellach yn agor gyda&apos;r cyfrinymadrodd (neu&apos;r allwedd adfer) a ddefnyddioch chi ar ei gyfer gynnau.</translation>
    </message>
    <message>
        <source>a damaged journal, copied as it was before a restore</source>
        <translation>dyddlyfr wedi&apos;i ddifrodi, wedi&apos;i gopïo fel yr oedd cyn adfer</translation>
    </message>
    <message>
        <source>before a key change</source>
        <translation>cyn newid allwedd</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>cyn adfer</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>cyn diweddaru</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dyddiol</translation>
    </message>
    <message>
        <source>damaged (found by a check on {when}): not used</source>
        <translation>wedi&apos;i ddifrodi (canfuwyd gan wiriad ar {when}): ni chaiff ei ddefnyddio</translation>
    </message>
    <message>
        <source>last verified {when}</source>
        <translation>gwiriwyd ddiwethaf {when}</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>â llaw</translation>
    </message>
    <message>
        <source>of {when}</source>
        <translation>a wnaed ar {when}</translation>
    </message>
    <message>
        <source>{backup} · {checked}</source>
        <translation>{backup} · {checked}</translation>
    </message>
    <message>
        <source>{copy}

It holds your journal as it was then. Once deleted it cannot be brought back, and anything that is only in this copy is lost.</source>
        <translation>{copy}

Mae&apos;n dal eich dyddlyfr fel yr oedd bryd hynny. Ar ôl ei ddileu, nid oes modd ei gael yn ôl, a bydd unrhyw beth sydd yn y copi hwn yn unig yn cael ei golli.</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} am {time}</translation>
    </message>
    <message>
        <source>{reason}

Your journal is as it was before.</source>
        <translation>{reason}

Mae eich dyddlyfr fel yr oedd o&apos;r blaen.</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{when} · {reason} · {size}</source>
        <translation>{when} · {reason} · {size}</translation>
    </message>
    <message>
        <source>{when} · {reason} · {size} · never verified</source>
        <translation>{when} · {reason} · {size} · heb ei wirio erioed</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <source>Choose a backup of your journal</source>
        <translation>Dewiswch gopi wrth gefn o&apos;ch dyddlyfr</translation>
    </message>
    <message>
        <source>Journal backups (journal-*.db)</source>
        <translation>Copïau wrth gefn o&apos;r dyddlyfr (journal-*.db)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Adfer y copi wrth gefn hwn?</translation>
    </message>
    <message>
        <source>Put this backup in place of your journal?</source>
        <translation>Rhoi&apos;r copi wrth gefn hwn yn lle eich dyddlyfr?</translation>
    </message>
    <message>
        <source>Your journal as it is now is backed up first, so you can go back to it. Then it is replaced by the backup, and anything written since the backup was made will only be in that new backup. The journal closes while this happens and opens again afterwards.</source>
        <translation>Caiff copi wrth gefn o&apos;ch dyddlyfr fel y mae nawr ei wneud yn gyntaf, fel y gallwch fynd yn ôl ato. Yna bydd y copi wrth gefn a ddewiswyd yn cymryd ei le, a bydd unrhyw beth a ysgrifennwyd ers gwneud y copi a ddewiswyd i&apos;w gael yn y copi wrth gefn newydd hwnnw yn unig. Mae&apos;r dyddlyfr yn cau tra bydd hyn yn digwydd ac yn agor eto wedyn.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Lock automatically after this many idle minutes</source>
        <translation>Cloi&apos;n awtomatig ar ôl y nifer hwn o funudau segur</translation>
    </message>
    <message>
        <source>&amp;Lock after no activity for:</source>
        <translation>Cloi ar ôl bod yn &amp;segur am:</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>C&amp;ofio ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Cofio ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Opens without your passphrase while you are signed in to this computer.</source>
        <translation>Mae&apos;n agor heb eich cyfrinymadrodd tra byddwch wedi mewngofnodi i&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Not available here: {reason}</source>
        <translation>Nid yw ar gael yma: {reason}</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Lang&amp;uage / Iaith:</source>
        <translation>Iaith / Lang&amp;uage:</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>&amp;Allwedd adfer newydd…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Allwedd adfer newydd</translation>
    </message>
    <message>
        <source>Someone may &amp;know my passphrase…</source>
        <translation>Efallai fod &amp;rhywun yn gwybod fy nghyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Efallai fod rhywun yn gwybod fy nghyfrinymadrodd</translation>
    </message>
    <message>
        <source>Reflections and appearance</source>
        <translation>Myfyrdodau a golwg</translation>
    </message>
    <message>
        <source>Default framework</source>
        <translation>Fframwaith diofyn</translation>
    </message>
    <message>
        <source>Default &amp;framework:</source>
        <translation>&amp;Fframwaith diofyn:</translation>
    </message>
    <message>
        <source>Appraisal year starts in</source>
        <translation>Blwyddyn arfarnu&apos;n dechrau ym mis</translation>
    </message>
    <message>
        <source>&amp;Appraisal year starts in:</source>
        <translation>&amp;Blwyddyn arfarnu&apos;n dechrau ym mis:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Search finds &amp;Welsh word forms (plant, blant, phlant)</source>
        <translation>Chwilio&apos;n canfod ffurfiau geiriau &amp;Cymraeg (plant, blant, phlant)</translation>
    </message>
    <message>
        <source>For journals written in Welsh: a search also finds mutated words. Leave it off for English, where it would find a few false matches.</source>
        <translation>Ar gyfer dyddlyfrau a ysgrifennwyd yn Gymraeg: mae chwiliad hefyd yn canfod geiriau wedi&apos;u treiglo. Gadewch hwn i ffwrdd ar gyfer Saesneg, lle byddai&apos;n canfod ambell air anghywir.</translation>
    </message>
    <message>
        <source>Reminders (they stay in the app)</source>
        <translation>Nodiadau atgoffa (maen nhw&apos;n aros yn yr ap)</translation>
    </message>
    <message>
        <source>Open This week at &amp;unlock when something is due</source>
        <translation>Agor Yr wythnos &amp;hon wrth ddatgloi pan fydd rhywbeth i&apos;w wneud</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source> weeks after</source>
        <translation> wythnos wedyn</translation>
    </message>
    <message>
        <source>Weeks after a reflection with actions to ask what changed</source>
        <translation>Sawl wythnos ar ôl myfyrdod â chamau gweithredu i ofyn beth sydd wedi newid</translation>
    </message>
    <message>
        <source>Ask what &amp;changed:</source>
        <translation>Gofyn &amp;pa newid a fu:</translation>
    </message>
    <message>
        <source>About you (shown on your appraisal PDF)</source>
        <translation>Amdanoch chi (i&apos;w ddangos ar eich PDF arfarnu)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Rô&amp;l:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>C&amp;yflogwr:</translation>
    </message>
    <message>
        <source>Your employer</source>
        <translation>Eich cyflogwr</translation>
    </message>
    <message>
        <source>for example, Principal social worker</source>
        <translation>er enghraifft, Prif weithiwr cymdeithasol</translation>
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
        <source>Re&amp;gistered with:</source>
        <translation>&amp;Wedi cofrestru gyda:</translation>
    </message>
    <message>
        <source>for example, 1 April 2026</source>
        <translation>er enghraifft, 01/04/2026</translation>
    </message>
    <message>
        <source>When your Social Care Wales registration was last renewed</source>
        <translation>Pryd y cafodd eich cofrestriad gyda Gofal Cymdeithasol Cymru ei adnewyddu ddiwethaf</translation>
    </message>
    <message>
        <source>Last &amp;renewal (Wales):</source>
        <translation>Adnewydd&amp;iad diwethaf (Cymru):</translation>
    </message>
    <message>
        <source>Last Social Care Wales renewal</source>
        <translation>Adnewyddiad diwethaf gyda Gofal Cymdeithasol Cymru</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
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
        <source>&amp;Backups folder:</source>
        <translation>Ffolder copïau wrth &amp;gefn:</translation>
    </message>
    <message>
        <source>Backups are encrypted like the journal. Leave empty for the usual place.</source>
        <translation>Mae copïau wrth gefn wedi&apos;u hamgryptio fel y dyddlyfr. Gadewch yn wag i ddefnyddio&apos;r lle arferol.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Cyfrinymadrodd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Your new passphrase is set.</source>
        <translation>Mae eich cyfrinymadrodd newydd wedi&apos;i osod.</translation>
    </message>
</context>
</TS>
