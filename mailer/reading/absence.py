"""An out-of-office told by its words alone: no auto-reply header, a plain `Re:` subject (pure).

Some responders send none of the headers RFC 3834 asks for (Lotus Notes, forwarding rules, a relay that strips
them, QQ Mail's holiday reply), so their notice would count as the manager's answer. Their first lines still
say what they are. A mail is taken for one only with TWO signs in the sender's own text (before any quote):

  * a statement of absence ("I am out of the office", "nicht im Büro", "je suis absent", "休假中" …), and
  * the phrasing of a notice, which a person answering a recruiter does not write: "automatic reply",
    "limited access to e-mail", "for urgent matters please contact", "I will respond upon my return",
    Lotus Notes' "out of the office starting X and will not return until Y", "the only notification you
    will receive".

So "I'm out of the office next week, but I can do a call on Tuesday" stays a person's answer: a false
out-of-office on a human answer costs more (nudging goes on past a real answer) than a missed one.
"""

from __future__ import annotations

import re

from mailer.reading.candidatewords import CandidateWords, names_candidate, unrepeated
from mailer.reading.lostletters import lost_letters, mended

# Only the start of the text is read: a notice says what it is at once, and the cost stays flat.
_HEAD = 700

# Where the sender's own words end: a quote, a quote header, a forwarded or original message block.
_QUOTE_START = re.compile(
    r"^\s*(?:>|-{2,}\s*(?:original|forwarded|ursprüngliche|message d'origine)|_{8,}|"
    r"(?:from|von|de|da|van|från|fra|od|от|від|lähettäjä|feladó|kimden|expeditor|από|afzender|发件人|寄件者|差出人|"
    r"送信者|보낸 사람)\s*[:：]\s*\S|"
    r"(?:on|am|le|el|il|op|em|den|dne|dňa)\s.{0,120}(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev|"
    r"kirjoitti|napisał|napsal|napísal|írta|a scris|yazdı|написал|написала|написав|έγραψε)\s*:)",
    re.IGNORECASE | re.MULTILINE)

_ABSENCE_WORDING = "|".join((
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
))

# Every statement of absence above contains one of these words: a text with none of them (and no letter lost as
# "?") is passed over without running the long pattern (most replies are), which keeps the rule at a few
# microseconds a mail.
_ABSENCE_WORDS = (
    "office", "away", "leave", "vacation", "reading", "lirai", "pto", "ooo", "sabbatical", "trip", "travel", "holiday", "return", "büro", "abwesend", "haus", "urlaub", "absent",
    "congé", "bureau", "oficina", "ausente", "vacaciones", "ufficio", "sede", "assente", "ferie", "escritório",
    "férias", "afwezig", "aanwezig", "kantoor", "vakantie", "semester", "frånvarande", "ledig", "fraværende", "kontoret", "lomalla",
    "toimistolta", "biurem", "urlopie", "kancelář", "dovolené", "отпуске", "офиса", "休假", "不在", "无法亲自回复",
    "休暇", "ausente", "licença", "kontoret", "ferie", "reise", "stede", "tilstede", "lomalla", "poissa",
    "nieobecn", "nepřítomn", "kancelář", "kancelárie", "dovolenke", "neprítomn", "szabadság", "kívül", "irodában",
    "concediu", "biroului", "birou", "ofis", "izin", "ofiste", "отсутствую", "командировке", "на месте",
    "відпустці", "офісом", "відсутн", "γραφείου", "άδεια", "απουσιάζω", "辦公室", "出差", "请假", "請假", "出張",
    "부재", "휴가", "출장", "사무실", "barsel", "huset", "vacances", "déplacement", "attending",
)
# A letter lost as "?" inside a word may hide the gate's word ("nicht im B?ro"): such a text is read in full.
_LOST_LETTER_RE = re.compile(r"[^\W\d_][?\ufffd]{1,2}[^\W\d_]")

# What only a machine writes of itself ("automatic reply", "generated automatically"): a notice even when it also
# speaks of a candidate.
_AUTOMATIC_WORDING = "|".join((
    # calls itself automatic
    r"\bauto(?:matic|mated)(?:ally generated)? (?:reply|response|message|notice)", r"\bauto-?reply\b",
    r"\bautomatische (?:antwort|nachricht|rückantwort)\b", r"\bréponse automatique\b", r"\bmessage automatique\b",
    r"\brespuesta automática\b", r"\brisposta automatica\b", r"\bresposta automática\b", r"\bautomatisch antwoord\b",
    r"\bautomatiskt svar\b", r"\bautosvar\b", r"\bautomaattinen vastaus\b", r"\bautomatyczna odpowiedź\b",
    r"автоматический ответ", r"自动回复", r"自動返信", r"自動応答", r"자동 ?회신",
    r"\bmensagem automática\b", r"\bautomatisk svar\b", r"\bautomatická odpov[ěe]ď\b", r"\bautomatikus válasz\b",
    r"\brăspuns automat\b", r"\botomatik (?:yanıt|cevap)", r"автоответ", r"автоматична відповідь",
    r"αυτόματη απάντηση", r"自動回覆", r"자동 ?응답", r"\bwiadomość (?:wygenerowana|wysłana) automatycznie\b",
))

_NOTICE_WORDING = "|".join((
    _AUTOMATIC_WORDING,
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
    # Lotus Notes' and Exchange's own sentences
    r"\bout of the office starting\b.{0,40}\bwill not return until\b", r"\bonly notification you will receive\b",
    r"\beinzige benachrichtigung\b", r"\bnicht im büro sein\.? ich kehre zurück am\b",
    # a template's gender placeholder ("Je serai absent(e) du … au …"): nobody writes it about themselves
    r"\babsent\(e\)",
))
# Each table twice: as written, and also matching accented letters a gateway lost as "?" (reading/lostletters.py:
# "B?ro", "F?llen"), the longer pattern run only on a text that has such a letter.
_ABSENCE, _ABSENCE_LOST = (re.compile(p, re.IGNORECASE) for p in (_ABSENCE_WORDING, lost_letters(_ABSENCE_WORDING)))
_NOTICE, _NOTICE_LOST = (re.compile(p, re.IGNORECASE | re.DOTALL)
                         for p in (_NOTICE_WORDING, lost_letters(_NOTICE_WORDING)))
_AUTOMATIC, _AUTOMATIC_LOST = (re.compile(p, re.IGNORECASE) for p in (_AUTOMATIC_WORDING,
                                                                   lost_letters(_AUTOMATIC_WORDING)))

# A person away who still answers the recruiter speaks of the hiring matter or says yes: "Je suis absente jusqu'au
# 14, mais oui pour l'entretien. Je vous répondrai au plus vite pour la date." A notice never does (it knows
# nothing of the mail it answers), so such a text is a notice only if it calls itself automatic. The candidate's own
# name counts too, when classify knows which submission the mail answers (reading/candidatewords.py). A bare "ja" is
# no answer: it is Finnish and Estonian "and". Words in quotes and "Subject:" lines
# are left out: the vacation(1) notice quotes the subject it answers ('Your mail regarding "Candidate: …"').
_ANSWER_RE = re.compile(
    r"\b(?:candidates?|candidat(?:e|es|s)?|candidat[oa]s?|kandidat(?:in|en|innen|er|erne|ens)?|kandidaat|"
    r"bewerber(?:in)?|sollicitant|interview(?:s|en)?|entretien|entrevista|colloquio|vorstellungsgespräch|"
    r"samtalen?|sollicitatiegesprek|cv|résumé|lebenslauf|yes|oui|sí|sì|sim|ja (?:zum|zur|tak|gerne|bitte)|go ahead|"
    r"looks (?:good|great|strong|promising)|passt (?:mir|gut)|"
    # a day agreed: "Tuesday at 10 works", "Dienstag passt", "tirsdag passer fint", "mardi me va"
    r"(?:mon|tues|wednes|thurs|fri)day(?: at [\w:.]+)? (?:works|is fine|suits me)|works for me|suits me|"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag) passt|(?:mandag|tirsdag|onsdag|torsdag|fredag) passer|"
    r"passer (?:mig|fint|godt)|me va|me convient|"
    # an invitation: "let's meet her", "invite him", "lade sie ein" (not a notice's "ich lade Sie ein, sich an … zu
    # wenden"), "inviter hende", "invitez-la"
    r"sounds good|let'?s meet|invite (?:her|him|them)|(?<!ich )lade (?:sie|ihn) (?:bitte |gerne )?ein|"
    r"inviter? (?:hende|ham|dem)|invitez-(?:la|le)|convoquez-(?:la|le))\b", re.IGNORECASE)
# A weekly schedule, often in a signature, is no absence: "Out of office Fridays", "on parental leave Fridays",
# "Fraværende om fredagen", "Freitags nicht im Büro". Such words are read past before the absence is looked for.
_DAYS_EN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SCHEDULE_RE = re.compile(
    r"\b(?:out of (?:the )?office|not in the office|away|off|ooo|on (?:[a-z]+ )?leave)\s+(?:on\s+)?(?:"
    + _DAYS_EN + r"s|every " + _DAYS_EN + r")\b|"
    r"\b(?:fraværende|ikke på kontoret|væk fra kontoret|inte på kontoret|borta från kontoret|på barsel)\s+"
    r"(?:(?:om|alle|på)\s+)?(?:man|tirs|tis|ons|tors|fre|lør|lör|søn|sön)dag(?:e|en|ene|ar|arna)\b|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag)s\s+(?:bin ich\s+)?(?:nicht im büro|abwesend|au(?:ß|ss)er haus)"
    r"|\b(?:nicht im büro|abwesend|au(?:ß|ss)er haus)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag)s\b",
    re.IGNORECASE)


def own_text(body: str) -> str:
    """The start of the body up to the first quote, quote header or forwarded block."""
    head = body[:_HEAD * 3]
    cut = _QUOTE_START.search(head)
    return (head[:cut.start()] if cut else head)[:_HEAD]


# A third way: a notice's opening thanks, an absence, and an answer promised for the return ("Thank you for your
# e-mail. I am on leave until 10th June and will reply when I get back!"). The promise alone is a person's ("Jane
# looks good; I'll reply properly when I'm back"); opened by the thanks a template starts with, it is a notice's.
_THANKS_OPENER = re.compile(r"^\W*(?:(?:hi|hello|dear)\b[^.!,]{0,40}[.!,]?\s*)?thanks?(?: you)?(?: very much)? for your "
                            r"(?:e-?mail|message|mail|note)\b", re.IGNORECASE)
_REPLY_WHEN_BACK = re.compile(r"\b(?:will|I'll)\s+(?:reply|respond|answer|get back to you|be in touch)\w*\b.{0,30}?"
                              r"\b(?:when|once|after|as soon as) (?:I|I'm|I am) (?:get back|return|back|'m back)",
                              re.IGNORECASE)


def says_out_of_office(body: str, candidate: CandidateWords = CandidateWords()) -> bool:
    """Does this text read as an out-of-office notice (absence AND notice phrasing, before any quote)?

    `candidate`: the names of the tracked submission's candidate, when the mail answers one (classify knows):
    naming it in the sender's own words is speaking of the candidate, as "the candidate" is.

    >>> says_out_of_office("Thank you for your email. I am out of the office until May 5 with limited access to email.")
    True
    >>> says_out_of_office("I'm out of the office next week, but I can do a call on Tuesday.")
    False
    """
    own = mended(own_text(body))  # "nicht im BÃ¼ro": UTF-8 read as Latin-1
    text = " ".join(own.split())
    lowered = text.lower()
    lost = ("?" in lowered or "\ufffd" in lowered) and _LOST_LETTER_RE.search(lowered) is not None
    if not lost and not any(word in lowered for word in _ABSENCE_WORDS):
        return False
    absence, notice, automatic = (_ABSENCE_LOST, _NOTICE_LOST, _AUTOMATIC_LOST) if lost else (_ABSENCE, _NOTICE,
                                                                                                 _AUTOMATIC)
    if not absence.search(_SCHEDULE_RE.sub(" ", text)):
        return False
    if not (notice.search(text) or (_THANKS_OPENER.match(text) and _REPLY_WHEN_BACK.search(text))):
        return False
    answers = bool(_ANSWER_RE.search(" ".join(unrepeated(own).split()))) or names_candidate(own, candidate)
    return not answers or bool(automatic.search(text))


# ---------------------------------------------------------------------------- a body that is only a notice
# Some archives kept only From/Subject/Date, and some responders (GroupWise) write a bare line with no notice phrasing:
# "I will be out of the office from Friday (Feb 17) through Wednesday (Feb 22)." Alone that reads as a person's note,
# and stays one (`says_out_of_office` wants a notice's phrasing too). It counts only where the subject already says a
# person did not write it in answer to anything (a digest's own title: reading/autoreply.py), and then only when every
# sentence of the sender's own words is of a notice: the absence, the return, whom to write, the thanks, the sign-off.
# Any other sentence (an answer, a question, a word of the thread) makes it a person's.
_NOTICE_SENTENCE = re.compile(
    r"\b(?:(?:be |am |I'm |I'll be )back|(?:during|in) my absence|my (?:backup|stand-in|deputy|colleague)|back (?:on|in|at|from|by)|return(?:ing)? (?:on|to|in|at)|my return|"
    r"zurück|wieder (?:da|im büro|erreichbar)|de retour|à mon retour|a mi regreso|al mio rientro|terug op|tilbage|"
    r"tillbaka|tilbake|takaisin|contact|kontakt\w*|contacte[rz]|contactar|contattare|urgent\w*|dringend\w*|urgen\w*|"
    r"thanks?|thank you|danke|merci|gracias|grazie|obrigad[oa]|dank u|tak for|tack för|kiitos|dziękuję|"
    r"regards|best wishes|all the best|cheers|grü(?:ß|ss)en?|gru(?:ß|ss)|cordialement|salutations|saludos|saluti|"
    r"cumprimentos|groeten|hilsen|hälsningar|terveisin|pozdrawiam)\b|вернусь|спасибо|с уважением", re.IGNORECASE)
# Said of an absence over (a person catching up: "I was on vacation, so I missed this"), not of one to come.
_PAST_ABSENCE = re.compile(
    r"\b(?:was|were|have been|had been|i've been|war|waren|bin gewesen|étais|ai été|estuve|estaba|ero|sono stat[oa]|"
    r"var|har været|har varit|olin|byłem|byłam)\b", re.IGNORECASE)
# What follows "but" is a clause of its own: "out of the office next week, but I can do a call on Tuesday" is an answer,
# "on leave until Monday but will have limited access to e-mail" a notice.
_CLAUSE_SPLIT = re.compile(r";|(?<!\d):(?!\d)|(?<!\d)\s[-–—]\s(?!\d)|,?\s+(?:but|however|though|although|aber|doch|jedoch|mais|pero|però|ma|mas|"
                           r"men|maar|mutta|ale|но|ale)\b", re.IGNORECASE)
# The stand-in's address or a telephone number alone, after "please contact my backup:".
_CONTACT_DETAIL = re.compile(r"[\w.+-]+(?:@| at )[\w-]+(?:\.[\w-]+)+\.?|[+\d()./ -]{6,}\.?")
# A notice is a few lines; more is a letter.
_ONLY_NOTICE_CHARS = 400
_ONLY_NOTICE_SENTENCES = 5
# A full stop after a number ends a sentence too ("jusqu'au 5. Le correctif …"), unless a month follows ("3. Januar").
_SENTENCE_SPLIT = re.compile(r"(?<=[.!])\s+(?!(?i:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])\w*\b)|"
                             r"\n\s*\n|\n(?=\s*[A-ZÀ-Ý-])")


def only_an_absence(body: str, candidate: CandidateWords = CandidateWords()) -> bool:
    """Is the sender's own text nothing but an absence to come (every sentence of a notice, no question)?

    >>> only_an_absence("I will be out of the office from Friday (Feb 17) through Wednesday (Feb 22).")
    True
    >>> only_an_absence("I was on vacation, so I missed this. Use lapply instead.")
    False
    """
    own = mended(own_text(body)).split("\n-- \n")[0].strip()
    text = " ".join(own.split())
    if not text or len(text) > _ONLY_NOTICE_CHARS or "?" in text or _PAST_ABSENCE.search(text):
        return False
    absence = _ABSENCE.search(_SCHEDULE_RE.sub(" ", text))
    if absence is None or _ANSWER_RE.search(" ".join(unrepeated(own).split())) or names_candidate(own, candidate):
        return False
    sentences = [s for s in _SENTENCE_SPLIT.split(own) if s.strip()]
    if len(sentences) > _ONLY_NOTICE_SENTENCES:
        return False
    return all(_is_name_line(s) or _NOTICE.search(s) or all(_notice_clause(c) for c in _CLAUSE_SPLIT.split(s) if c.strip())
               for s in sentences)


def _notice_clause(clause: str) -> bool:
    return bool(_ABSENCE.search(clause) or _NOTICE_SENTENCE.search(clause) or _CONTACT_DETAIL.fullmatch(clause.strip()))


def _is_name_line(sentence: str) -> bool:
    """A signature's name: one to four capitalised words, nothing else ("Jeffrey Barrett", "J. Barrett")."""
    return re.fullmatch(r"\s*(?:[A-ZÀ-Ý][\w.'-]*\s*){1,4}", sentence) is not None
