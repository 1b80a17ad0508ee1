"""The phrasing only a notice uses, per language (tables, no logic): what calls itself automatic, and what a notice
says of the mail and of whom to write meanwhile. Read by reading/absence.py."""

# What only a machine writes of itself ("automatic reply", "generated automatically"): a notice even when it also
# speaks of a candidate.
AUTOMATIC_WORDING = "|".join((
    # calls itself automatic
    r"\bauto(?:matic|mated)(?:ally generated)? (?:reply|response|message|notice)", r"\bauto-?reply\b",
    r"\bautomatische (?:antwort|nachricht|rückantwort)\b", r"\bréponse automatique\b", r"\bmessage automatique\b",
    r"\brespuesta automática\b", r"\brisposta automatica\b", r"\bresposta automática\b", r"\bautomatisch antwoord\b",
    r"\bautomatiskt svar\b", r"\bautosvar\b", r"\bautomaattinen vastaus\b", r"\b(?:automatyczna odpowiedź|odpowiedź automatyczna)\b",
    r"автоматический ответ", r"自动回复", r"自動返信", r"自動応答", r"자동 ?회신",
    r"\bmensagem automática\b", r"\bautomatisk svar\b", r"\bautomatická odpov[ěe]ď\b", r"\bautomatikus válasz\b",
    r"\brăspuns automat\b", r"\botomatik (?:yanıt|cevap)", r"автоответ", r"автоматична відповідь",
    r"αυτόματη απάντηση", r"自動回覆", r"자동 ?응답", r"\bwiadomość (?:wygenerowana|wysłana) automatycznie\b",
))

# A team's or role's mailbox, no person's (RFC 2142 and what companies add; Turkish "ik", insan kaynakları, is HR): where
# a notice sends strangers.
_ROLE_MAILBOX = (r"(?:hr|rh|rrhh|ik|personal|people|talent\w*|recruit\w*|recrut\w*|rekr\w*|nabor|jobs?|careers?|karriere|bewerbung\w*|info|"
                 r"support|service|help\w*|office|sales|team|admin|contact|kontakt|contatto|contacto|empleo|"
                 r"emploi|lavoro|vacatures|secretar\w*|sekretariat|reception|assistan\w*)@[\w-]+\.")

NOTICE_WORDING = "|".join((
    AUTOMATIC_WORDING,
    # mail access while away
    r"\b(?:limited|no|intermittent|restricted|without|not have) access to (?:my )?e-?mails?\b",
    r"\bkeinen zugriff auf (?:meine )?e-?mails?\b", r"\baccès (?:limité )?(?:à|a) (?:mes )?(?:e-?mails?|courriels?)\b",
    # whom to write meanwhile
    r"\b(?:for|in) (?:urgent|pressing) (?:matters|cases|inquiries|enquiries|issues|requests)\b",
    r"\bfor (?:immediate|urgent) (?:assistance|help|support)\b",
    r"\bif (?:your|the|this) (?:matter|message|e-?mail|mail|request|inquiry|enquiry|query|question)\b.{0,40}?"
    r"\bis (?:urgent|pressing|time.sensitive)\b",
    r"по (?:всем|срочным) вопросам (?:можете |прошу |просьба )?(?:писать|обращаться)",
    r"почту (?:читаю|проверяю) (?:редко|нерегулярно|иногда|время от времени)",
    # the Unix vacation(1) program's notice: 'Your mail regarding "<subject>" will be read when I return'
    r"\byour (?:e-?)?mail (?:regarding|concerning|about)\b.{0,100}?\bwill be read\b",
    r"\bvotre (?:message|courrier) concernant\b.{0,100}?\bsera lu\b",
    # says it was written by a machine
    r"\b(?:generated|sent|created) automatically\b", r"\bautomatisch (?:generiert|erstellt|versandt|verschickt)\b",
    r"\bgénérée? automatiquement\b", r"\bgenerad[oa] automáticamente\b", r"\bgenerat[oa] automaticamente\b",
    r"\bluotu automaattisesti\b",
    # mail not read meanwhile, and whom to write during the absence, in the Nordic and other languages
    r"\bwill not be (?:checking|reading|monitoring) (?:my )?e-?mails?\b",
    r"\b(?:won['’]t|will not) be (?:available|reachable) (?:by|via|on) e-?mail\b",
    r"\b(?:won['’]t|will not) be monitoring (?:this|my) (?:inbox|mailbox|e-?mail)\b", r"\bwon['’]t be (?:checking|reading) (?:my )?e-?mails?\b",
    r"\bläser inte (?:min )?(?:e-?post|mejl|mail)\b", r"\blæser ikke (?:mine )?(?:e-?mails?|mails?|post)\b",
    r"\bleser ikke (?:e-?post|mail|e-?mail)\b", r"\blees (?:mijn )?(?:e-?mail|mail) niet\b",
    r"\blese (?:meine )?e-?mails? nicht\b", r"\bnie mam dostępu do (?:poczty|e-?maila|skrzynki)\b",
    r"\bnon ho accesso alla (?:posta|e-?mail|casella)\b", r"\bno tengo acceso al correo\b",
    r"\bnão tenho acesso ao (?:e-?mail|correio)\b",
    r"\bunder min frånvaro,? (?:kan du|kontakta|vänligen|går det bra att)", r"\bvid brådskande ärenden\b",
    r"\bi mit fravær,? (?:kan du|kontakt|venligst|bedes)", r"\bi mitt fravær,? (?:kan du|kontakt|vennligst|ta kontakt)",
    r"\bpoissaoloni aikana\b", r"\b(?:w czasie|podczas) mojej nieobecności\b", r"\b(?:v době|během) mé nepřítomnosti\b",
    r"\bpendant mon absence,? (?:vous pouvez|merci de|veuillez|contactez|n['’]hésitez)", r"\bif you (?:need|require) (?:immediate|urgent) (?:assistance|help)\b",
    r"\b(?:during|in) my absence,? (?:please )?(?:contact|reach out to|get in touch with)\b",
    r"\ben mon absence,? (?:vous pouvez|merci de|veuillez|n['’]hésitez pas à) (?:contacter|vous adresser)\b",
    r"\bpour toute (?:demande|question|affaire) urgente\b", r"\bpara cualquier (?:asunto|consulta|tema) urgente\b",
    r"\bdurante mi ausencia,? (?:puede|pueden|podrá|podéis|por favor)?\s*(?:contactar|ponerse en contacto|dirigirse|escribir)",
    r"\bdurante la mia assenza,? (?:potete|può|potrà|è possibile|si prega di)?\s*(?:contattare|rivolgersi|scrivere)",
    r"\bwährend meiner abwesenheit,? (?:wenden sie sich|können sie sich|steht ihnen|vertritt mich)",
    r"\btijdens mijn afwezigheid,? (?:kunt u|kun je|kan u)", r"\bvoor urgente zaken\b",
    r"\bdurante a minha ausência,? (?:contacte|contate|entre em contato|poderá contactar|por favor)",
    r"\bved hastesaker\b", r"\bin (?:the )?case of (?:an )?emergency\b", r"\bdringenden (?:angelegenheiten|fällen)\b",
    r"\bpour toute urgence\b", r"\ben cas d'urgence\b", r"\bpour des raisons d['’]urgence\b", r"\bpara asuntos urgentes\b", r"\ben caso de urgencia\b",
    r"\bper (?:urgenze|questioni urgenti)\b", r"\bvoor dringende zaken\b", r"\bi brådskande ärenden\b",
    r"\bpara assuntos urgentes\b", r"\bem caso de urgência\b", r"\bi hastende tilfælde\b", r"\bi hastesaker\b",
    r"\bhaster det\b", r"\bkiireellisissä asioissa\b", r"\bw pilnych sprawach\b", r"\bv naléhavých případech\b",
    r"\bv naliehavých prípadoch\b", r"\bv súrnych prípadoch\b", r"\bsürgős (?:ügyekben|esetben)\b",
    r"\bpentru (?:probleme|situații|chestiuni) urgente\b", r"\bîn caz de urgență\b", r"\bacil (?:durumlarda|konularda)\b",
    r"по срочным вопросам", r"в срочных случаях", r"з термінових питань", r"у термінових випадках",
    r"για επείγοντα", r"お急ぎの(?:方|場合|ご用件)", r"如有(?:急事|紧急|緊急)", r"紧急事务", r"급한 ?(?:용무|업무|일)",
    r"긴급한 ?(?:사항|용무|문의)",
    r"\b(?:limited|begränsad|begrænset|begrenset|ograniczony|omezený|obmedzený|korlátozott|limitado|rajoitettu) "
    r"(?:access|tillgång|adgang|tilgang|dostęp|přístup|prístup|hozzáférés|acesso|pääsy)\b",
    r"ограниченн\w* доступ", r"обмежен\w* доступ",
    # the same inflected ("mit eingeschränktem Zugriff", "z ograniczonym dostępem") or said the other way round
    # ("доступ к почте ограничен")
    r"\b(?:eingeschränkte[mn]?|begrenzte[mn]?) (?:e-?mail-?)?zugriff\w*", r"\bograniczon\w* dostęp\w*",
    r"доступ к (?:почте|e-?mail|электронной почте) (?:сейчас )?ограничен",
    # the same, word order reversed or said of the mailbox: "limited email access", "sin acceso al correo",
    # "n'aurai pas accès à ma messagerie", "eingeschränkten Zugriff auf meine E-Mails", "acesso limitado ao e-mail"
    r"\b(?:limited|no|intermittent|restricted) (?:e-?mail|internet) access\b",
    r"\bchecking (?:my )?e-?mails? (?:intermittently|periodically|sporadically|occasionally|infrequently)\b",
    r"\bsin acceso (?:al|a mi) correo\b", r"\bn['’]aurai (?:pas|qu['’]un) (?:accès|acces)\b",
    r"\b(?:eingeschränkten|begrenzten|nur eingeschränkten) zugriff auf (?:meine )?e-?mails?\b",
    r"\bacesso limitado (?:ao|a|aos) (?:e-?mails?|correio)\b", r"\baccesso limitato alla? (?:posta|e-?mail)\b",
    # what becomes of the mail: read or answered on the return, not forwarded, checked now and then
    r"\byour (?:e-?mail|message|mail)\b.{0,40}?\bwill be (?:read|answered|handled|dealt with|attended to|"
    r"responded to|reviewed|processed)\b.{0,30}?\b(?:when|upon|after|on|once|following) (?:I\b|my return)",
    r"\bvotre (?:message|courriel|mail|e-?mail)\b.{0,40}?\bsera (?:lu|traité|pris en compte)\b.{0,30}?"
    r"\b(?:à|dès|après) mon retour\b",
    r"\b(?:ihre|deine) (?:e-?mail|nachricht)\b.{0,20}?\bwird\b.{0,30}?\bnach meiner rückkehr\b",
    r"\b(?:din|deres) (?:e-?)?mail\b.{0,40}?\b(?:bliver|vil blive) ikke videresendt\b",
    r"\b(?:besvarer|besvare|læser) (?:din|deres|mine) (?:e-?)?mails? (?:når|efter)\b",
    r"\bhar ikke adgang til (?:min |mine )?(?:e-?)?mails?\b",
    r"\bsans accès (?:à|a) (?:mes|ma) (?:(?:e-?)?mails?|courriels?|messagerie)\b",
    # whom to write meanwhile, in a notice's formal words (a person writes "ask Bob", "tu peux voir avec Marie")
    r"\bcontact\b.{0,40}?\b(?:in|during) my absence\b",
    r"\b(?:en cas de besoin|pour toute (?:demande|question)),? (?:vous pouvez|merci de|veuillez)\b",
    r"\bje vous répondrai (?:dès que possible|au plus vite|dans les meilleurs délais)\b",
    r"\bhenvendelser (?:kan|bedes) rettes til\b", r"\bkontakt venligst\b",
    r"\b(?:in der zwischenzeit|zwischenzeitlich)\b.{0,30}?\bwenden sie sich\b",
    r"\bmeine vertretung (?:übernimmt|ist|hat)\b",
    r"\bwill (?:be )?check(?:ing)? (?:my )?e-?mails? (?:only )?(?:intermittently|periodically|sporadically|"
    r"occasionally|infrequently)\b",
    # the mail is not forwarded: only a responder says so
    r"\b(?:your|this) (?:e-?mail|message) (?:will|is) not (?:be )?(?:automatically )?forwarded\b",
    r"\b(?:votre|ce) (?:message|e-?mail|courriel) ne (?:sera|fera l['’]objet d['’]aucun) (?:pas )?(?:transféré|transfert)",
    r"\b(?:ihre )?(?:e-?mail|nachricht) wird nicht (?:automatisch )?weitergeleitet\b",
    # mail not read or answered meanwhile, said of mail in general ("E-Mails werden in dieser Zeit nicht gelesen")
    r"\b(?:e-?mails|nachrichten)\b.{0,10}?\bwerden\b.{0,30}?\bnicht (?:gelesen|weitergeleitet|bearbeitet)\b",
    r"\bmails?\b.{0,30}?\b(?:bliver|vil) ikke (?:blive )?(?:læst|besvaret|videresendt)\b",
    r"\bikke mulighed for at (?:læse|besvare|tjekke) (?:min |mine )?(?:e-?)?mails?\b",
    r"\bje n['’]ai pas accès (?:à|a) (?:mes|ma) (?:(?:e-?)?mails?|courriels?|messagerie)\b",
    r"\b(?:uw|je) (?:e-?mail|bericht) (?:wordt|zal) niet (?:worden )?doorgestuurd\b",
    # an answer promised for later, in the words of a notice
    # "I will respond upon my return", "I will review your message following my return date"
    r"\b(?:respond|reply|answer|review|read|deal with|attend to|get back to you)\w*\b.{0,40}?"
    r"\b(?:upon|on|after|following) my return\b",
    r"\b(?:I will|I'll|I shall) (?:reply|respond|answer|get back to you)\w*(?: to (?:you|your (?:e-?mail|message)))?"
    r" as soon as (?:possible|I can)\b",
    r"\b(?:respond|reply|answer)\w* to your (?:e-?mails?|messages?) when I return\b",
    r"\b(?:ihre|deine) (?:nachrichte?n?|e-?mails?|anfragen?|anliegen) nach meiner rückkehr\b",  # Lotus: "Ich werde Ihre Nachricht nach meiner Rückkehr beantworten"
    # said of the mail ("je prendrai connaissance de votre message à mon retour"), not a person's "on se parle à
    # mon retour ?"
    r"\b(?:prendrai connaissance|traiterai|répondrai|lirai|consulterai)\b.{0,40}?\b(?:à|dès) mon retour\b",
    r"\b(?:contestar|responder|atender|leer|revisar|contestaré|responderé|atenderé)\w*\b.{0,40}?\ba mi (?:regreso|vuelta)\b",
    r"\bal mio rientro\b",
    r"\b(?:respond|reply|answer|get back to you)\w*(?: to)? (?:your|all) (?:e-?mails?|messages?)\b.{0,40}?"
    r"\b(?:when|once|after|upon) (?:I|I'm|I am) (?:return|back|get back)",
    r"\b(?:respond|reply)\w* to (?:all )?(?:e-?mails|messages) (?:as soon as possible|promptly|upon|when|after)\b",
    r"\b(?:responderei|retornarei)\b.{0,30}?\b(?:assim que|quando) (?:retornar|voltar)\b",
    r"\bna mijn terugkomst zal ik uw (?:e-?mail|bericht)",
    r"我将在假期结束后",
    # the same, in the languages whose templates the clients' users write (tests/unit/test_ooo_clients.py): what becomes
    # of the mail and when it will be answered, mail access, whom to write. A reply merely late ("my responses will be
    # delayed", "回复会有延迟") or promised for "when I'm back" is a person's too, and is left out: the answer must be
    # promised in a notice's formal words ("upon my return", "po moim powrocie", "回来后会尽快回复您").
    r"\b(?:beperkte?|geen) toegang tot (?:mijn )?(?:e-?mail|mailbox)\b",
    r"\b(?:uw|je) (?:e-?mail|bericht)\b.{0,40}?\b(?:na|bij) (?:mijn )?terugkomst\b",
    r"\blese (?:in dieser zeit |während dieser zeit |währenddessen )?keine (?:e-?mails|nachrichten)\b",
    r"\bnon (?:potrò|posso) (?:rispondere|leggere|consultare)\b", r"\bno tendré acceso al correo\b",
    r"\bacceso limitado (?:al|a mi) correo\b", r"\bacces limitat la (?:e-?mail|poșta)\b",
    r"\bodpowiem\b.{0,40}?\bpo moim powrocie\b", r"\bodpowiem na (?:twoją|pana|pani|państwa) (?:wiadomość|e-?mail)\b.{0,20}?\bpo powrocie\b",
    r"\bomezen\w* přístup\w*\b",
    r"\bodpovím\b.{0,40}?\bpo (?:svém|mém) návratu\b", r"\bnemám přístup k (?:e-?mailu|poště)\b",
    r"\berişimim (?:sınırlı|kısıtlı|olmayacak|yok)\b",
    r"\bdöndüğümde (?:e-?postanıza|e-?postalarınıza|mesajınıza|size) (?:yanıt|cevap|dönüş)",
    r"\bотвечу\b.{0,30}?после моего возвращения", r"\bваше (?:письмо|сообщение) получено\b", r"не (?:имею|буду иметь) доступа к (?:почте|e-?mail)",
    r"(?:查看|处理|回复)邮件不便", r"(?:不能|无法)及时(?:处理|回复|查看)",
    r"(?:返回|回来|回国|回到公司)后(?:会)?(?:尽快|第一时间)(?:回复|处理|答复)您",
    r"順次(?:ご)?(?:返信|対応|確認)", r"以降(?:に|、)?(?:順次)?(?:ご)?(?:返信|連絡|対応)(?:いたします|致します|させていただきます)",
    r"メール(?:の)?確認(?:が|は)?(?:でき(?:ません|かね)|難し|困難)",
    # the answer put off in a notice's honorific words: "ご返信は12月7日以降となります" (a person's "返信は月曜になります"
    # lacks the honorific ご and the formal となります)
    r"ご(?:返信|回答|連絡|対応)(?:は|が)[^。]{0,20}?以降となります",
    r"메일 ?확인이 ?(?:어렵|불가|힘들|늦)", r"확인하여 ?(?:회신|답변|답장)",
    r"(?:복귀|귀국) ?(?:후|하여|하는 대로)? ?(?:회신|답변|답장|연락) ?(?:드리|하겠)",
    r"גישה מוגבלת", r"ללא גישה ל", r"(?:ל|ב)(?:עניינים|נושאים|מקרים) דחופים",
    r"(?:אחזור|אענה|אשיב)\S*.{0,40}?(?:עם|לאחר|אחרי) (?:חזרתי|שובי)",
    r"وصول محدود", r"(?:للأمور|للحالات|في الحالات|للمسائل) (?:العاجلة|الطارئة)",
    r"(?:سأرد|سأقوم بالرد|سأجيب)\S*.{0,40}?(?:عند|بعد) عودتي",
    r"(?:पहुँच|पहुंच) सीमित|सीमित (?:पहुँच|पहुंच)", r"(?:अत्यावश्यक|आवश्यक|तत्काल|ज़रूरी|जरूरी) (?:मामलों|कार्यों|काम) (?:के लिए|में)",
    r"लौटने (?:पर|के बाद).{0,40}?(?:उत्तर|जवाब)",
    # whom to write when it is urgent: the word for "urgent" in any form, then, in the same sentence, a formal request
    # to contact someone (a person's "if it's urgent just call me", "se è urgente chiamami" is not one)
    r"\burgent\w*\b[^.!?\n]{0,40}?\bplease (?:contact|reach out to|get in touch with|call|e-?mail|write to)\b",
    r"\burgen(?:za|ze|te|ti)\b[^.!?\n]{0,40}?\b(?:contattare|contattate|contatti|scrivere a|rivolgersi|rivolgetevi)\b",
    r"\burgen(?:te|tes|cia|cias)\b[^.!?\n]{0,40}?\b(?:contacte|contacten|contactar|póngase|escriba|diríjase|dirigirse)\b",
    r"\burg(?:ente|entes|ência|ências)\b[^.!?\n]{0,40}?\b(?:contacte|contate|contatar|contactar|entre em contato)\b",
    r"\b(?:dringend\w*|spoedeisend\w*|urgent\w*)\b[^.!?\n]{0,40}?\b(?:contact opnemen|neem(?:t)? (?:dan )?contact op)\b",
    r"\b(?:piln\w*|nagł\w*)\b[^.!?\n]{0,40}?\b(?:proszę o kontakt|proszę kontaktować|prosimy o kontakt)\b",
    r"\b(?:naléhav\w*|urgentn\w*|neodkladn\w*|naliehav\w*|súrn\w*)\b[^.!?\n]{0,40}?\b(?:kontaktujte|obraťte se|obráťte sa)\b",
    r"\burgen(?:ț|ţ)\w*\b[^.!?\n]{0,40}?\b(?:contacta(?:ț|ţ)i|vă rog să (?:contacta|lua(?:ț|ţ)i legătura))",
    r"\bacil\b[^.!?\n]{0,40}?(?:ulaşabilirsiniz|iletişime geçebilirsiniz|başvurabilirsiniz)",
    # the mailbox not read meanwhile, said of the mailbox ("my mailbox is not monitored", "this inbox is unmonitored")
    r"\b(?:my|this) (?:mailbox|inbox|e-?mail(?: account| address)?) (?:is|will) not (?:be )?(?:being )?(?:monitored|checked)\b",
    r"\b(?:my|this) (?:mailbox|inbox|e-?mail(?: account| address)?) (?:is|will be) unmonitored\b",
    # Lotus Notes' and Exchange's own sentences ("starting X and will not return until Y", in Swedish "från och med X och
    # kommer inte tillbaka förrän Y": two dates in one sentence, the shape of the template)
    r"\bout of the office starting\b.{0,40}\bwill not return until\b",
    r"\bfrån och med\b.{0,40}?\boch kommer inte (?:tillbaka|åter) förrän\b", r"\bonly notification you will receive\b",
    r"\beinzige benachrichtigung\b", r"\bnicht im büro sein\.? ich kehre zurück am\b",
    # the same note of Lotus Notes in the other languages it ships in ("Ceci est la seule notification que vous recevrez",
    # "Ésta es la única notificación que recibirá", "Dit is de enige melding die u ontvangt")
    r"\b(?:seule notification|aucune autre notification)\b", r"\búnica (?:notificación|notificação)\b", r"\bunica notifica\b",
    r"\benige (?:melding|kennisgeving) die u\b", r"\bjedyne powiadomienie\b", r"\benda (?:meddelande|meddelandet|avisering)\b",
    r"\bainoa ilmoitus\b", r"\bjediné (?:upozornění|oznámení)\b", r"\beneste (?:besked|meddelelse|varsel|melding)\b",
    r"единственное уведомление",
    # a template's gender placeholder ("Je serai absent(e) du … au …"): nobody writes it about themselves
    r"\babsent\(e\)",
    # what becomes of the mail, in more languages and tenses (blind sweep, bench/ooo_blind.py): not read, not forwarded,
    # to be sent again after the return. A person never says their reader's mail will go unread.
    r"\b(?:your|this|the) (?:e-?mail|message|mail) (?:has|have|was|will|is) not (?:been |be )?(?:forwarded|read)\b",
    r"\b(?:please )?(?:re-?send|send (?:it|your (?:e-?mail|message)) again)\b.{0,40}?\bafter\b",
    r"\b(?:votre|ce) (?:message|e-?mail|courriel|mail) ne sera (?:pas )?(?:lu|traité|transféré)",
    r"\brenvoyer\b.{0,30}?\baprès (?:cette date|mon retour|le)\b",
    r"\bsu (?:mensaje|correo|e-?mail)\b.{0,10}?\bno (?:será|va a ser) (?:reenviado|leído|atendido)",
    r"\breenv[ií]\w*\b.{0,30}?\bdespués de (?:esa fecha|mi regreso|mi vuelta)",
    r"\b(?:uw|je) (?:e-?mail|bericht|mail) (?:wordt|zal) niet (?:worden )?(?:gelezen|doorgestuurd)",
    r"\bna (?:die|deze) datum opnieuw\b",
    r"\b(?:il (?:suo |vostro )?messaggio|la (?:sua |vostra )?e-?mail) non (?:verrà|sarà) (?:lett[oa]|inoltrat[oa])",
    r"\b(?:inviarl[oa]|rinviarl[oa]) (?:di nuovo )?dopo\b",
    r"\b(?:o seu|a sua) (?:e-?mail|mensagem|correio)\b.{0,10}?\bnão (?:será|vai ser) (?:lid[oa]|reencaminhad[oa]|encaminhad[oa])",
    r"\breenvi\w*\b.{0,30}?\bdepois (?:dessa data|do meu regresso)",
    r"\b(?:ihre|deine) (?:e-?mail|nachricht) wird nicht (?:gelesen|bearbeitet)\b",
    # the receipt acknowledged in a notice's formal words ("Votre message a bien été reçu", "Uw bericht is ontvangen");
    # a person writes "got it" or "I saw your mail", not that it "has been received"
    r"\byour (?:e-?mail|message|mail) has been received\b", r"\bvotre (?:message|e-?mail|courriel|mail) a (?:bien )?été reçu",
    r"\buw (?:bericht|e-?mail|mail) is (?:in goede orde )?ontvangen\b", r"\bho ricevuto il suo messaggio\b",
    r"\bil suo messaggio è stato ricevuto\b", r"\brecebi a sua mensagem\b", r"\ba sua mensagem foi recebida\b",
    r"\bhe recibido su (?:mensaje|correo)\b", r"\bsu (?:mensaje|correo) ha sido recibido\b",
    r"\bihre (?:e-?mail|nachricht) ist (?:bei mir )?eingegangen\b",
    # whom to write meanwhile, sent to a team's mailbox ("write to hr@acme.test", "escriba a rrhh@…", "scrivere a
    # jobs@…"): a notice sends strangers to a role's address (RFC 2142's kind); a person names a colleague, by name or
    # address ("ask Paul", "please contact paul@acme.test, he's running it") — the second blind batch had five such notes
    r"\b(?:write|e-?mail|contact|escriba|escribir|écrivez|écrire|scrivere|escreva|schreiben sie|contacte(?:z|r)?|"
    r"contattare|contact op met|bitte an)\s+(?:to |a |à |para |an )?" + _ROLE_MAILBOX,
    r"\b(?:en mi ausencia|durante mi ausencia),? (?:contacte|escriba|diríjase|póngase)",
    r"\b(?:na minha ausência|durante a minha ausência),? (?:contacte|contate|escreva|fale)",
    # found by reading notices as a relay keeps them (a plain "Re:" subject, no auto-reply header): the reader's mail
    # answered on a return day ("returning on Monday 15th September when I will answer your email"), returned at a stated
    # time ("will return email at that time"), unread meanwhile ("am unable to read your message"), the mailbox not
    # emptied ("wird mein E-Mail Briefkasten nicht geleert"), whom to write in Brazil's words ("Durante minha ausência,
    # favor procurar …"), urgent requests sent on to a team ("faire suivre les demandes urgentes au secrétariat")
    r"\b(?:returning|back)\b[^.!?\n]{0,40}?\bwhen I (?:will|shall) (?:answer|reply to|respond to|read|deal with) "
    r"your (?:e-?mail|message|mail)\b",
    r"\bwill return (?:your )?(?:e-?mails?|messages?|calls?) (?:at that time|upon|on my return|"
    r"when I (?:return|get back|am back))\b",
    r"\b(?:am|I'm|will be) unable to (?:read|access|answer|respond to|reply to) (?:your|any|my) "
    r"(?:e-?mails?|messages?|mail)\b",
    r"\bmein (?:e-?mail[- ]?)?(?:postfach|briefkasten|posteingang)\b.{0,20}?\bnicht (?:geleert|gelesen|abgerufen)\b",
    r"\b(?:na|durante(?: a)?|em) minha aus[eê]ncia,? (?:por favor,? |favor )?(?:contacte|contate|contactar|contatar|"
    r"procur\w+|escreva|fale com|entre em contato|entrar em contato)\b",
    r"\b(?:vous pouvez|merci de|veuillez) (?:faire suivre|transmettre|adresser) (?:les |vos )?(?:demandes|messages|"
    r"questions) urgent(?:e|es|s)?\b",  # formal: a person says "tu peux faire suivre … à Paul ?"
    # mail read now and then, in Swedish ("Läser mejlen sporadiskt", as "checking my email sporadically" above)
    r"\bläser (?:min |mina )?(?:e-?post(?:en)?|mejl(?:en|et)?|mail(?:en|et)?) (?:sporadiskt|sällan|ibland|då och då)\b",
    r"\bfor anything urgent\b", r"\b(?:dringendes|dringende (?:anfragen|anliegen)) bitte an\b",
    r"\blimited (?:connectivity|connection)\b",
    r"\bcontrollo la posta (?:saltuariamente|raramente|di rado)\b", r"\blees mijn (?:e-?)?mail beperkt\b",
    r"\blese meine e-?mails? nur eingeschränkt\b",
    # what becomes of the mail, and the answer put off, in the languages of the third blind batch (tests/unit/
    # ooo_blind_third.py: Swedish, Danish, Norwegian, Finnish, Polish, Czech, Russian, Turkish, Chinese, Korean,
    # Japanese), as the clauses above say it in English: the reader's mail not forwarded, read or answered on the
    # return in a notice's words (of "your mail", or of the absent person in the third person; a bare "odpowiem po
    # powrocie", "svarer når jeg er tilbake" is a person's promise too, tests/unit/test_ooo_clients.py)
    r"\b(?:ditt|ert) (?:mejl|mail|e-?postmeddelande|meddelande)\b.{0,20}?\b(?:vidarebefordras inte|kommer inte att "
    r"vidarebefordras|läses (?:när|efter))",
    r"\b(?:e-?posten din|din e-?post|meldingen din|e-?posten)\b.{0,10}?\bblir ikke (?:videresendt|lest)\b",
    r"\bbesvarer (?:din|deres) (?:e-?)?mail,? (?:når|efter)\b",
    r"\bviestiäsi ei (?:välitetä|lueta)\b", r"\b(?:vastaan|vastaa) (?:viestiisi|viesteihin|sähköposteihin) "
    r"(?:palattuani|palattuaan|paluuni jälkeen|paluunsa jälkeen)\b",
    r"\bwiadomość nie zostanie (?:przekazana|przeczytana)\b",
    r"\b(?:vaše|váš) (?:zpráva|e-?mail) nebude (?:přeposlán[a]?|přečten[a]?)\b",
    r"\bodpoví (?:na (?:zprávy|e-?maily) )?po (?:svém )?návratu\b", r"\bodpovím na (?:vaši|váš) (?:zprávu|e-?mail) po "
    r"(?:svém |mém )?návratu\b", r"\b(?:e-?maily|poštu) nečtu\b|\bnečtu (?:e-?maily|poštu)\b",
    r"(?:ваше )?(?:письмо|сообщение) не будет (?:переслано|прочитано)",
    r"\bответ(?:ит|ят) на (?:письмо|письма|сообщение|ваше письмо) после (?:своего )?возвращения",
    r"\be-?postanız (?:iletilmeyecektir|iletilmeyecek|okunmayacaktır)",
    r"\bdöndüğünde (?:yanıt|cevap) verecektir",
    r"您的(?:邮件|郵件)(?:将|將)?不(?:会|會)被(?:转发|轉寄|轉發|阅读|閱讀)", r"(?:回来|回來|返回)后(?:会)?尽快(?:处理|回复|處理|回覆)",
    r"(?:메일|메시지)(?:은|는)? ?(?:전달|확인)되지 않습니다",
    r"急ぎの(?:ご)?用件は", r"(?:遅れ|遅くなり)[^。]{0,12}ご了承",
    r"\b(?:ihre|deine) (?:e-?mail|nachricht)\b.{0,20}?\bwird\b.{0,30}?\bnach (?:ihrer|seiner) rückkehr\b",
    r"\blese (?:derzeit|zurzeit|momentan|aktuell) keine (?:e-?mails|nachrichten)\b",
    r"\b(?:i mellomtiden|i mellemtiden|under tiden),? (?:kan du|kan ni|kontakt)",
    r"\bна время (?:моего )?отсутствия\b.{0,40}?обращайтесь",
    # whom to write meanwhile, sent to a team's mailbox, in those languages' words (before the address, or after it)
    r"\b(?:kontakta|kontakte?|skicka|send(?:es)?|skriv|ota yhteyttä|pisać|pisz|kierować|pište|napište|kontaktujte|"
    r"пишите|напишите|обращайтесь|envoyez|adress(?:ez|er)|écrivez|senden sie|schreiben sie|send|reach out to)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:to |til |till |na |на |à |an |sur )?(?:adres |adresu |адрес )?" + _ROLE_MAILBOX,
    _ROLE_MAILBOX + r"[\w.-]+\s*(?:adresine (?:yaz|başvur|ulaş)|(?:로|으로) (?:보내|연락)|(?:まで|宛に?)(?:お願い|ご連絡|お送り))",
    r"(?:请|請)(?:将|將)?(?:邮件|郵件)?(?:联系|聯絡|聯繫|发送至|發送至|发至)\s*" + _ROLE_MAILBOX,
    # a notice that opens with its own name and a colon ("Out of office: …", "Abwesenheitsnotiz: …", "Mensaje de
    # ausencia: …"): the label a template carries. A sign like the others, so a person who titles their note so and
    # answers in it ("Out of office: me, next week! So yes, interview her") stays the answer.
    r"^\W*(?:out of (?:the )?office|absence notice|abwesenheitsnotiz|abwesenheitsnachricht|message d['’]absence|"
    r"mensaje de ausencia|afwezigheidsbericht|messaggio di assenza|mensagem de ausência|frånvaromeddelande|"
    r"fraværsmelding|poissaoloilmoitus)\s*:",
))

# How a notice opens when it says first what it is (QQ Mail's "这是来自QQ邮箱的假期自动回复邮件", "This is an automatic
# reply", "Dies ist eine automatische Antwort", "このメールは自動返信です", "본 메일은 자동 회신 메일입니다"): matched only
# at the start of the sender's own words, where a person never writes it; a person speaking of an auto-reply ("This is
# not an automatic reply", "Sorry about my automatic reply", "我不是自动回复") says it otherwise.
SELF_DECLARED_WORDING = "|".join((
    r"this is an? (?:[\w-]+ ){0,3}?(?:auto(?:matic|mated)(?:ally generated)?|auto-?generated) "
    r"(?:reply|response|message|e-?mail|mail|notice|notification|answer)\b",
    r"this is an? (?:[\w-]+ ){0,3}?auto-?(?:reply|response)\b",
    r"this (?:e-?mail|message|mail) (?:is|was|has been) (?:an? )?(?:automatic|automated|auto-?generated|"
    r"(?:automatically )?(?:generated|sent) automatically|automatically (?:generated|sent))\b",
    r"(?:dies ist|das ist) eine? (?:automatische|automatisch (?:generierte|erstellte)) "
    r"(?:antwort|nachricht|e-?mail|rückantwort|benachrichtigung)\b",
    r"diese (?:e-?mail|nachricht) (?:ist eine automatische|wurde automatisch)\b",
    r"(?:ceci est|c['’]est) une? (?:réponse|message|courriel) automatique\b",
    r"ce (?:message|courriel|mail) (?:est une réponse automatique|est automatique|a été (?:généré|envoyé) automatiquement)\b",
    r"(?:esta|este) es una? (?:respuesta|mensaje|correo) automátic[oa]\b",
    r"este (?:mensaje|correo) (?:es una respuesta automática|ha sido generado automáticamente)\b",
    r"(?:questa|questo) è una? (?:risposta|messaggio|e-?mail) automatic[oa]\b",
    r"questo messaggio è (?:stato )?generato automaticamente\b",
    r"(?:esta|este) é uma? (?:resposta|mensagem) automática\b",
    r"dit is een (?:automatisch (?:antwoord|bericht|gegenereerd bericht)|automatische (?:reactie|e-?mail))\b",
    r"(?:detta|dette) er et (?:automatisk svar|automatisk genereret svar)\b", r"detta är ett automatiskt svar\b",
    r"to jest (?:automatyczna odpowiedź|automatyczna wiadomość|wiadomość automatyczna)\b",
    r"ta wiadomość (?:została )?(?:wygenerowana|wysłana) automatycznie\b",
    r"toto je automatická (?:odpověď|zpráva)\b", r"ez egy automatikus (?:válasz|üzenet)\b",
    r"это автоматическ(?:ий|ое) (?:ответ|сообщение|письмо)", r"это письмо (?:сгенерировано|отправлено) автоматически",
    r"(?:这|此|本)[^。！!.\n]{0,14}?自动(?:回复|答复|回覆|发送|發送)", r"(?:這|此|本)[^。！!.\n]{0,14}?自動(?:回覆|答覆|回復|發送)",
    r"[※*]?\s*(?:この|本)メール(?:は|は、)?(?:自動(?:返信|応答|送信))",
    r"(?:본|이) ?(?:메일|이메일|메시지)(?:은|는)? ?자동(?:으로)? ?(?:회신|응답|발송)",
))

# A notice's other sentences (reading/absence.py reads every sentence of a text whose absence is a kind of leave or a
# mailbox no longer read): the reader's mail and what becomes of it, the answer put off to the return, the stand-in
# meanwhile, a signature's "Name | Title" line, a disclaimer, or a day (the return, the range): "Ihre Nachricht wird
# nicht weitergeleitet", "Henvendelser besvares efter hjemkomst", "Odpovím po návratu", "Paul is covering for me in the
# meantime", "23 Kasım'da döneceğim".
# A sentence without a letter (a date, a number) is one too. A person's sentence to the reader speaks of the candidate.
NOTICE_OTHER_SENTENCE_WORDING = (
    r"\d|^[^\w]*$|\s[|•·]\s|\S@\S|感谢|感謝|谢谢|謝謝|来信|ありがとうございま|감사|\b(?:your|ihre?|votre|vaše?|vaš|twoj\w*|państ\w+|ditt|din|deres|dit|ваш\w*|sizin)\b|"
    r"\b(?:e-?mails?|mails?|e-?post\w*|mailbox|inbox|postfach|brevlåda|postkasse|messages?|nachricht\w*|anfrage\w*|wiadomo\w+|zpráv\w*|henvendels\w*|forespørsl\w*|"
    r"ärende\w*|viest\w*|письм\w*|сообщени\w*|mensaje\w*|messaggi\w*|"
    r"return\w*|rückkehr|retour|regreso|rientro|terugkeer|powro\w+|návrat\w*|hjemkomst|tilbake|tilbage|tillbaka|"
    r"palatt\w+|возвращени\w*|döndüğü\w*|dönüş\w*|cover\w* for me|vertret\w*|remplaç\w*|in the meantime|meanwhile|"
    r"i mellomtiden|i mellantiden|i mellemtiden|in der zwischenzeit|entre-temps|"
    r"confidenti\w*|vertraulich\w*|fortrolig\w*|konfidenční\w*|poufn\w*|конфиденциальн\w*)\b|"
    r"e-?postan[ıi]z|e-?mailiniz|mesaj[ıi]n[ıi]z|邮件|郵件|メール|메일|メッセージ|메시지|回来|戻り|복귀")


# A greeting, a thanks or a sign-off alone, as a notice opens and closes ("Hej!", "Guten Tag,", "Med vennlig hilsen",
# "С уважением,", "감사합니다.", "此致", "Cheers, Maria", "Thanks!").
COURTESY_WORDING = (
    r"\W*(?:(?:hi|hello|dear) there|hi|hello|dear [^\W\d_]+|good (?:morning|afternoon|day)|hallo|guten tag|bonjour|hola|"
    r"buongiorno|ciao|ol[áa]|hej|hei|moi|merhaba|dobrý den|ahoj|dzień dobry|здравствуйте|добрый день|"
    r"您好|你好|こんにちは|お世話になっております|안녕하세요|"
    r"thanks?(?: you)?|cheers|best(?: regards| wishes)?|kind regards|regards|(?:med )?(?:vennlig|venlig|vänliga) hils\w+|"
    r"med vänlig hälsning|(?:mit )?(?:freundlichen|besten|vielen|viele|liebe) grü(?:ß|ss)en?|cordialement|bien à vous|"
    r"s pozdravem|z poważaniem|pozdrawiam|с уважением|saygılarımla|ystävällisin terveisin|terveisin|此致|敬礼|"
    r"감사합니다|고맙습니다|よろしくお願いいたします|以上|[^\W\d_]+ 드림|talk soon|speak soon|see you(?: soon)?|bis bald|"
    r"à bientôt|hasta pronto|a presto|tot snel|(?:un )?saludos?|cordiali saluti|cumprimentos|met vriendelijke groet(?:en)?)[\s,.!。！]*(?:[^\W\d_][\w.'-]*\s*){0,3}")
