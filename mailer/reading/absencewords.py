"""What people write of an absence, per language, and what an answer to a recruiter says (tables, no logic).

Read by reading/absence.py: a statement of absence is one of the two signs a header-less notice needs; answer words
(the hiring matter, a yes, a day agreed) keep a person's note about their absence an answer.
"""

import re

ABSENCE_WORDING = "|".join((
    # English
    r"\bout of (?:the |my )?office\b", r"\b(?:currently|presently) (?:away|out)\b", r"\b(?:am|will be) away\b",
    r"\bon (?:an? |my )?(?:[a-z]+ ){0,2}(?:leave|vacation|holiday)\b", r"\b(?:on|taking) PTO\b",
    r"\bI(?:'m| am) (?:currently )?OOO\b", r"\bon (?:a )?sabbatical\b", r"\bon (?:a )?business trip\b",
    r"\btravel(?:l)?ing (?:for|on) (?:work|business)\b",
    r"\battending (?:a |an |the )?(?:conference|training|workshop)\b",
    r"\bnot (?:be )?in the office\b", r"\bwill not return until\b",
    r"\bnot (?:be )?reading (?:my )?(?:e-?)?mail\b", r"\bne lirai pas (?:mon courrier|mes (?:messages|mails|courriels))\b",
    # German
    r"\bnicht im büro\b", r"\babwesend\b", r"\bau(?:ß|ss)er haus\b", r"\bim urlaub\b", r"\bwieder im büro\b",
    # French, Spanish, Italian, Portuguese
    r"\babsente? (?:du bureau|jusqu)", r"\bsuis (?:actuellement |momentanément )?absente?\b", r"\ben congés?\b", r"\bhors du bureau\b",
    r"\bfuera de la oficina\b", r"\b(?:estoy|estaré) ausente\b", r"\bde vacaciones\b",
    r"\bfuori (?:ufficio|sede)\b", r"\b(?:sono|sarò) assente\b", r"\bin ferie\b",
    r"\bfora do escritório\b", r"\bde férias\b", r"\bserai absente?\b", r"\babsent\(e\)",
    # Dutch, Scandinavian, Finnish, Polish, Czech, Russian
    r"\bafwezig\b", r"\bniet op kantoor\b", r"\bniet aanwezig\b", r"\bmet vakantie\b", r"\bpå semester\b", r"\bfrånvarande\b",
    r"\bfraværende\b", r"\bikke på kontoret\b", r"\blomalla\b", r"\bpoissa toimistolta\b", r"\bpoza biurem\b",
    r"\bna urlopie\b", r"\bmimo kancelář\b", r"\bna dovolené\b", r"в отпуске", r"вне офиса",
    # Chinese, Japanese
    r"休假", r"不在办公室", r"无法亲自回复", r"不在にしております", r"休暇",
    # Portuguese, Scandinavian, Finnish (more)
    r"\b(?:estou|estarei) ausente\b", r"\bausente do escritório\b", r"\bde licença\b", r"\bem férias\b",
    r"\binte på kontoret\b", r"\b(?:är|er) på (?:ferie|semester|reise)\b", r"\bikke til stede\b",
    r"\bikke tilstede\b", r"lomalla\b", r"\bpoissa\b",  # also talvi-, kesä-, vuosilomalla
    r"\bhar semester\b", r"\bborta från kontoret\b", r"\bjag är ledig\b",
    r"\b(?:holder|har) (?:jule|sommer|vinter|påske)?ferie\b", r"\bpå barsel\b", r"\bude af huset\b",
    r"\bvæk fra kontoret\b", r"\b(?:suis|serai) en (?:vacances|déplacement)\b",
    # Polish, Czech, Slovak, Hungarian, Romanian
    r"\bjestem nieobecn[ya]\b", r"\bnieobecn(?:y|a|ość)\b", r"\bnepřítomn[ýá]\b", r"\bmimo kanceláře?\b",
    r"\bmimo kancelárie\b", r"\bna dovolenke\b", r"\bneprítomn[ýá]\b", r"\bszabadságon\b",
    r"\bházon kívül\b", r"\birodán kívül\b", r"\bnem vagyok (?:az )?irodában\b", r"\bîn concediu\b",
    r"\bîn afara biroului\b", r"\babsent din birou\b",
    # Turkish, Russian, Ukrainian, Greek
    r"\bofis dışında", r"\bizindeyim\b", r"\bizinde\b", r"\bofiste değilim\b", r"\byıllık izin",
    r"отсутствую", r"в командировке", r"нет на месте", r"у відпустці", r"в відпустці", r"поза офісом",
    r"відсутн(?:ій|я)", r"εκτός γραφείου", r"σε άδεια", r"απουσιάζω",
    # Chinese (traditional), Japanese, Korean (more)
    r"不在辦公室", r"休假中", r"出差", r"请假", r"請假", r"不在にして", r"出張", r"休暇中",
    r"부재 ?중", r"휴가", r"출장", r"사무실에 없",
    # more of what templates and people say: Dutch "op vakantie", German "nicht erreichbar", French "je suis
    # actuellement en vacances", English "I'm away"; Hebrew, Arabic, Hindi (no word gaps \b could rely on)
    r"\bop vakantie\b", r"\bmet verlof\b", r"\b(?:nicht|wieder) erreichbar\b",
    r"\b(?:suis|serai) (?:actuellement |momentanément )en (?:vacances|déplacement|congés?)\b", r"\bI['’]m (?:currently )?away\b",
    r"מחוץ למשרד", r"בחופשה", r"לא (?:נמצא|נמצאת) במשרד", r"خارج المكتب", r"في (?:إجازة|اجازة)",
    r"छुट्टी पर", r"अवकाश पर", r"(?:कार्यालय|ऑफिस|दफ़्तर|दफ्तर) से बाहर",
    # leave of other kinds, as notices in the Nordic languages, Czech and Romanian say it: "föräldraledig", "tjänstledig",
    # "sjukskriven", "på barselsorlov", "i foreldrepermisjon", "čerpám dovolenou" (taking my leave), "plecat din birou"
    r"\b(?:föräldra|tjänst|barn)ledig\b", r"\bsjukskriven\b", r"\bpå (?:föräldra)?ledighet\b", r"\bpå (?:barsels)?orlov\b",
    r"\bi (?:foreldre)?permisjon\b", r"\bčerpám (?:řádnou )?dovolenou\b", r"\bplecat[ăa]? din (?:birou|oraș|țară)\b",
    # the absence in the third person, as Lotus Notes' note under its notice says it ("This is the only notification you
    # will receive while this person is away", "… während diese Person abwesend ist"): a notice whose own first line
    # only names the return ("Ich kehre zurück am 13.10.2015") states the absence here. Nobody writes it of themselves.
    r"\bwhile (?:this|the) person is (?:away|absent|out of the office)\b", r"\b(?:pendant|durant) l['’]absence de cette personne\b",
    r"\bmientras (?:esta|dicha|la) persona (?:esté|está) (?:ausente|fuera)\b",
    r"\b(?:durante l['’]assenza di questa persona|mentre (?:questa|la) persona (?:è|sarà) assente)\b",
    r"\benquanto (?:esta|essa|a) pessoa (?:estiver|está) (?:ausente|fora)\b", r"\b(?:podczas|w czasie) nieobecności tej osoby\b",
    r"\bmedan (?:den här |denna )?person(?:en)? är (?:borta|frånvarande)\b", r"\btämän henkilön poissaolon aikana\b",
    r"\b(?:během|po dobu) nepřítomnosti této osoby\b", r"\bmens (?:denne )?person(?:en)? er (?:væk|borte|fraværende)\b",
    r"(?:пока этот (?:человек|сотрудник) отсутствует|во время отсутствия этого (?:человека|сотрудника))",
    # kinds of absence as notices name them (blind sweep, bench/ooo_blind.py): a business trip, a conference, a course,
    # parental or sick leave; alone they are what a person writes too, and need a notice's phrasing beside them
    r"\bauf (?:einer )?dienstreise\b", r"\bin elternzeit\b", r"\bim mutterschutz\b", r"\bauf einer (?:konferenz|messe)\b",
    r"\bop (?:reis|een congres|zakenreis)\b", r"\b(?:zwangerschaps|ouderschaps|bevallings)verlof\b",
    r"\bin trasferta\b", r"\bin maternità\b", r"\bin congedo\b", r"\ba una conferenza\b",
    r"\bde baja\b", r"\bde viaje\b", r"\ben una conferencia\b", r"\bno estoy en la oficina\b",
    r"\bem viagem\b", r"\bnuma conferência\b", r"\bestou fora\b", r"\b(?:suis|serai) en formation\b",
    r"\bI(?:'m| am) (?:currently )?travell?ing\b", r"\b(?:I'm|I am) (?:at|attending) a conference\b",
))

# Every statement of absence above contains one of these words: a text with none of them (and no letter lost as
# "?") is passed over without running the long pattern (most replies are), which keeps the rule at a few
# microseconds a mail.
ABSENCE_WORDS = (
    "office", "away", "leave", "vacation", "reading", "lirai", "pto", "ooo", "sabbatical", "trip", "travel", "holiday", "return", "büro", "abwesend", "haus", "urlaub", "absent",
    "congé", "bureau", "oficina", "ausente", "vacaciones", "ufficio", "sede", "assente", "ferie", "escritório",
    "férias", "afwezig", "aanwezig", "kantoor", "vakantie", "semester", "frånvarande", "ledig", "fraværende", "kontoret", "lomalla",
    "toimistolta", "biurem", "urlopie", "kancelář", "dovolené", "отпуске", "офиса", "休假", "不在", "无法亲自回复",
    "休暇", "ausente", "licença", "kontoret", "ferie", "reise", "stede", "tilstede", "lomalla", "poissa",
    "nieobecn", "nepřítomn", "kancelář", "kancelárie", "dovolenke", "neprítomn", "szabadság", "kívül", "irodában",
    "concediu", "biroului", "birou", "ofis", "izin", "ofiste", "отсутствую", "командировке", "на месте",
    "відпустці", "офісом", "відсутн", "γραφείου", "άδεια", "απουσιάζω", "辦公室", "出差", "请假", "請假", "出張",
    "부재", "휴가", "출장", "사무실", "barsel", "huset", "vacances", "déplacement", "attending",
    "verlof", "erreichbar", "dienstreise", "elternzeit", "mutterschutz", "konferenz", "messe", "reis", "congres",
    "trasferta", "maternità", "congedo", "conferenza", "baja", "viaje", "conferencia", "viagem", "conferência",
    "fora", "formation", "travel", "conference", "sjukskriven", "absence de cette", "assenza", "borta", "personen er", "отсутств", "orlov", "permisjon", "dovolenou", "plecat", "i'm away", "i’m away", "מחוץ", "בחופשה", "במשרד", "المكتب", "إجازة", "اجازة", "छुट्टी", "अवकाश", "बाहर",
)

# More statements of absence, kept as a table of their own (reading/absence.py runs it only on a text holding one of
# LEAVE_WORDS: a long alternation costs per branch at every position of every text).
LEAVE_WORDING = "|".join((
    # kinds of absence as the third blind batch's notices name them (tests/unit/ooo_blind_third.py): sick, parental
    # leave, a course, a business trip, in the Nordic languages, Finnish, Polish, Czech, Russian, Turkish, Chinese,
    # Korean, and English, German and French forms the batches before lacked. Alone they are a person's words too, and
    # need a notice's phrasing beside them.
    r"\bjeg er syg\b", r"\ber syk(?:meldt)?\b", r"\bsykemeldt\b", r"\b(?:är|er) på (?:kurs|kursus|tjänsteresa|"
    r"forretningsrejse|tjenestereise)\b", r"\bute av kontoret\b", r"\b(?:vanhempain|äitiys|isyys)?vapaalla\b",
    r"\btyömatkalla\b", r"\bsairaslomalla\b", r"\bna zwolnieniu (?:lekarskim|chorobowym)\b",
    r"\bw podróży służbowej\b", r"\bw delegacji\b", r"\bna (?:rodičovské|mateřské|nemocenské|služební cestě)\b",
    r"на больничном", r"в (?:декретном |ежегодном )?отпуске", r"в декрете",
    r"\b(?:hastalık|doğum|yıllık) izni(?:n)?deyim\b", r"\biş seyahatinde(?:yim)?\b", r"\braporluyum\b",
    r"(?:休|請|请)?(?:产假|產假|病假|婚假)", r"육아 ?휴직", r"병가", r"휴직",
    r"\baway from (?:the|my) (?:office|desk)\b", r"\bkrankgeschrieben\b", r"\bunterwegs\b",
    r"\ben arrêt (?:maladie|de travail)\b", r"\babsente? du \d",
    # a mailbox no longer read at all (a person left, a role moved): the absence is the mailbox's, and the notice that
    # says so sends the reader elsewhere ("This mailbox is no longer monitored. Please write to hr@…")
    r"\b(?:this|my) (?:mailbox|inbox|e-?mail address|address|e-?mail account) (?:is|will) no longer (?:be )?"
    r"(?:monitored|checked|read|in use|used|active)\b",
    r"\b(?:dieses|mein) (?:e-?mail-?)?(?:postfach|konto) wird nicht mehr (?:betreut|gelesen|genutzt|überwacht|abgerufen)\b",
    r"\bdiese (?:e-?mail-?)?adresse wird nicht mehr (?:genutzt|verwendet|gelesen|betreut)\b",
    r"\bcette (?:boîte aux lettres|boîte (?:e-?)?mail|boîte|adresse(?: e-?mail| mail)?) n['’]est plus "
    r"(?:consultée|surveillée|utilisée|active|lue)\b",
    r"\b(?:denna|den här) (?:brevlåda|e-?postadress|adress|inkorg) (?:bevakas|används|läses|övervakas) inte längre\b",
    r"\bdenne (?:postkasse|e-?mailadresse|adresse|indbakke) (?:overvåges|bruges|læses|anvendes) ikke længere\b",
    r"\bdenne (?:e-?postadressen|e-?postkassen|postkassen|adressen|innboksen) (?:er ikke lenger i bruk|"
    r"(?:overvåkes|leses|brukes) ikke lenger)\b",
    r"\b(?:tämä (?:sähköposti)?osoite|tämä postilaatikko) ei ole enää käytössä\b",
    r"\bta skrzynka (?:pocztowa )?nie jest już (?:monitorowana|obsługiwana|używana|sprawdzana)\b",
    r"\bten adres (?:e-?mail )?nie jest już (?:używany|obsługiwany|aktywny)\b",
    r"\btato (?:schránka|e-?mailová adresa|adresa) (?:již|už) není (?:monitorována|sledována|používána|aktivní)\b",
    r"(?:почтовый ящик|этот адрес) больше не (?:обслуживается|используется|проверяется)",
    r"\bbu (?:posta kutusu|e-?posta adresi|adres) artık (?:kontrol edilmemektedir|kullanılmamaktadır|kullanılmıyor)",
    r"(?:この)?メールアドレスは(?:現在|もう)?(?:使用|使われて)(?:されて)?(?:おりません|いません)",
    r"(?:此|该|這|該)(?:邮箱|信箱|郵箱|邮件地址|郵件地址)(?:已)?(?:不再|停止)(?:使用|监控|查看)",
    r"(?:메일|이메일) ?주소는 더 이상 사용하지 않습니다",
))
LEAVE_WORDS = (
    "syg", "syk", "kurs", "tjänsteresa", "forretningsrejse", "tjenestereise", "ute av", "vapaalla", "työmatkalla",
    "zwolnieniu", "podróży", "delegacji", "rodičovské", "mateřské", "nemocenské", "služební", "больничн", "декрет",
    "отпуске", "izni", "seyahatinde", "raporlu", "产假", "產假", "病假", "婚假", "휴직", "병가", "away from", "krankgeschrieben",
    "unterwegs", "arrêt", "absent", "no longer", "nicht mehr", "n'est plus", "n’est plus", "inte längre",
    "ikke længere", "ikke lenger", "ei ole enää", "nie jest już", "není", "больше не", "artık", "メールアドレス",
    "邮箱", "信箱", "郵箱", "地址", "주소는",
)
ABSENCE_WORDS = ABSENCE_WORDS + LEAVE_WORDS

# A person away who still answers the recruiter speaks of the hiring matter or says yes: "Je suis absente jusqu'au
# 14, mais oui pour l'entretien. Je vous répondrai au plus vite pour la date." A notice never does (it knows
# nothing of the mail it answers), so such a text is a notice only if it calls itself automatic. The candidate's own
# name counts too, when classify knows which submission the mail answers (reading/candidatewords.py). A bare "ja" is
# no answer: it is Finnish and Estonian "and". Words in quotes and "Subject:" lines
# are left out: the vacation(1) notice quotes the subject it answers ('Your mail regarding "Candidate: …"').
ANSWER_RE = re.compile(
    r"\b(?:candidates?|candidat(?:e|es|s)?|candidat[oa]s?|kandidat(?:in|en|innen|er|erne|ens)?|kandidaat|"
    r"bewerber(?:in)?|sollicitant|interview(?:s|en)?|entretien|entrevista|colloquio|vorstellungsgespräch|"
    r"samtalen?|sollicitatiegesprek|cv|résumé|lebenslauf|yes|oui|sí|sì|sim|ja (?:zum|zur|tak|gerne|bitte)|go ahead|"
    # "go ahead" in more languages, a person's leave to the reader to act without them ("donc vas-y", "así que
    # adelante con el merge", "nur zu", "ga je gang", "procedi pure"): a notice gives no one leave to do anything
    r"vas-y|allez-y|así que adelante|(?<=¡)adelante|adelante sin mí|nur zu(?=[!.,;]|$)|mach(?:t)? (?:ruhig|einfach) weiter|"
    r"ga je gang|gaan jullie gang|ga gerust (?:door|verder)|procedi pure|procedete pure|vai pure|andate pure|"
    r"vai em frente|podem seguir em frente|kør bare|kjør bare|kör bara|kör på|(?:go on|proceed|carry on) without me|"
    r"(?:działajcie|róbcie) beze mnie|(?:действуйте|делайте) без меня|"
    r"looks (?:good|great|strong|promising)|passt (?:mir|gut)|"
    # a decision to wait or to pass, as a person words it ("hold for now", "put her on hold", "pass on this one", "not
    # for us"): a notice decides nothing (the third blind batch's "…limited access to email, but I had a look: hold for
    # now, we may reopen the role in January")
    r"hold (?:for now|off)|(?:put|keep) (?:her|him|them|it|this|the role) on hold|"
    r"pass on (?:her|him|them|this one|this candidate)|not for us|"
    # a day agreed: "Tuesday at 10 works", "Dienstag passt", "tirsdag passer fint", "mardi me va"
    r"(?:mon|tues|wednes|thurs|fri)day(?: at [\w:.]+)? (?:works|is fine|suits me)|works for me|suits me|"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag) passt|(?:mandag|tirsdag|onsdag|torsdag|fredag) passer|"
    r"passer (?:mig|fint|godt)|me va|me convient|"
    # an invitation: "let's meet her", "invite him", "lade sie ein" (not a notice's "ich lade Sie ein, sich an … zu
    # wenden"), "inviter hende", "invitez-la"
    r"sounds good|let'?s meet|invite (?:her|him|them)|(?<!ich )lade (?:sie|ihn) (?:bitte |gerne )?ein|"
    r"inviter? (?:hende|ham|dem)|invitez-(?:la|le)|convoquez-(?:la|le)|"
    # the candidate and the interview in more languages (Polish, Czech, Slovak, Russian, Ukrainian, Turkish, Hungarian,
    # Romanian, Greek; a word's inflected forms: "kandydatka", "кандидатом", "adayı")
    r"kandydat\w*|rozmow\w* kwalifikacyjn\w*|kandidát\w*|pohovor\w*|кандидат\w*|собеседовани\w*|співбесід\w*|"
    r"aday(?:ı|a|la|ın|lar\w*)?|mülakat\w*|jelölt\w*|interjú\w*|candidatul|candidata|candidații|interviul(?:ui)?|"
    r"υποψήφι\w*|συνέντευξ\w*)\b|"
    # scripts without word gaps, or whose vowel signs \b does not see: Chinese, Japanese, Korean, Hebrew, Arabic, Hindi
    r"候选人|候選人|面试|面試|候補者|応募者|面接|후보자|지원자|면접|מועמד|ראיון|المرشح|مقابلة|उम्मीदवार|साक्षात्कार|इंटरव्यू",
    re.IGNORECASE)

# A person's word about the candidate in a notice-like sentence ("I am on vacation until the 14th, please reject her",
# "happy to meet her next week", "gerne danach ein Gespräch", "on la rencontre après", "lo miro a la vuelta"): a
# decision, an intent to meet or look at the candidate. Read only in the clauses of the sender's own text that are no
# notice's (reading/absence.py): a notice's own clauses may say "gerne" ("gerne antworte ich nach meiner Rückkehr"). A
# pronoun alone is not enough: "my colleague Ann, you can reach her at …" is a notice's.
PERSONS_CLAUSE_WORDING = (
    r"\b(?:reject\w*|decline|pass(?! (?:on|it|this|the|your|along)\b)|hire\w*|hold (?:her|him|them|off)|interview\w*|"
    r"meet(?:ing)?|(?:a call|a chat|talk|speak) (?:to|with) (?:her|him)|(?:happy|glad|keen) to|"
    r"(?:look at|review|see|invite|call|bring in) (?:her|him)|please (?:\w+ ){1,2}(?:her|him)|let'?s|"
    r"gerne?|gespräch\w*|treffen|kennenlernen|anschauen|ansehen|absagen|ablehnen|einladen|"
    r"rencontr\w*|regarde\w*|refus\w*|volontiers|"
    r"(?:lo|la) (?:miro|veo|reviso)|revisamos|rechaz\w*|conocer\w*|reunirnos|hablamos|con gusto|encantad[oa]|"
    r"volentieri|incontr\w*|guardo|rifiut\w*|com prazer|encontrá-l[ao]|conhecê-l[ao]|rejeit\w*|"
    r"graag|ontmoeten|afwijzen|bekijk\w*)\b")

# A person's decision or "remind me" in a clause of its own, read beside any statement of absence and notice phrasing
# (reading/absence.py): what only a person answering writes, so narrower than the words above ("meet", "gerne" and
# "let's" are a notice's too: "Want to book a meeting? Use my calendar link").
DECISION_CLAUSE_WORDING = (
    r"\b(?:"
    # a decision or "remind me" in the languages of the third batch, as a person words it to the recruiter ("Absage.",
    # "afslag, han er for junior", "ansett henne", "palkataan hänet", "Odrzucamy.", "Отказ.", "Erinnern Sie mich am
    # 30.11.", "Påminn mig den 23:e", "Muistuta minua 23.11.", "Zapytaj mnie ponownie"); a notice decides nothing and asks
    # no one to remind its writer
    r"absage|avslag|afslag|avslå\w*|afvis\w*|hylätään|hylkää\w*|odrzuca\w*|zamítá\w*|odmítá\w*|отказ\w*|не берём|"
    r"(?:nej|nei) (?:tack |takk )?til (?:ham|hende|henne)|(?:anställ|ansæt\w*|ansett|palkataan|palkkaa) \w+|"
    r"zatrudniamy|bereme|берём|işe alıyoruz|"
    r"hire (?:him|her|them)|einladen|an? (?:no|yes) from me|put (?:this|it|him|her|them) on ice|no hire|not proceed|zurückstellen|nicht weiter verfolgen|"
    r"(?:pas|aucune) suite|(?:le|la|les) recrut\w+|nej tack|går vidare utan|ei jatketa|jatketaan|зовите|пригласите|"
    r"olumsuz|olumlu|işe al\w*|"
    r"remind me|ask me again|erinner(?:n sie|e|t)? mich|frag(?:en sie|t)? mich|relance[zr]?-moi|påminn mig|mind mig|minn meg|"
    r"muistuta minua|kysy minulta|przypomnij(?:cie)? mi|zapytaj(?:cie)? mnie|připomeň(?:te)? mi|zeptej(?:te)? se mě|"
    r"напомни(?:те)? мне|спроси(?:те)? меня|hatırlat\w*|schedule (?:him|her)|book (?:the|a|an) (?:panel|interview|call))\b|"
    # scripts without word gaps: a decision, "remind me", the candidate as "this one" ("这个先放一放", "この方は採用で",
    # "이 분은 탈락입니다", "다시 알려 주세요")
    r"不考虑|不合适|放一放|拒了|提醒我|这个人|不採用|採用で|見送り|保留に|リマインド|もう一度聞いて|この方|"
    r"탈락|불합격|채용하|보류|다시 알려|다시 물어|이 ?분|그 ?분|면담|"
    r"安排(?:他|她)|(?:见过|聊聊|看看)(?:他|她)|要了|面談|彼(?:を|は|について)|"
    # a clause that is only a no ("… so I answer right away: ne.", "… şimdi yazıyorum: hayır.")
    r"^\W*(?:no|nope|nein|non|nee|nej|nei|ei|nie|ne|нет|hayır|不|いいえ|아니요)\W*$")
