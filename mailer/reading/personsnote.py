"""Signs that a text about an absence is a person's own note, not a responder's (pure): words to a group, someone else's
words introduced, a person speaking of an auto-reply, a question put to the reader.

Read by reading/absence.py and reading/autoreply.py on the sender's own text (the quote already cut off). Each sign
is something an auto-reply never does: it answers one sender, knows nothing of the mail it answers, and asks nothing.
"""

from __future__ import annotations

import re

from mailer.reading.candidatewords import unrepeated

# A note written to many at once, by a person: an auto-reply answers one sender and never greets a group ("Hi everyone,
# I'll be on vacation … for urgent matters, please tag …", "Hallo zusammen", "Bonjour à tous", "皆さん", "여러분"), a
# maintainer's or manager's own announcement does. Such a text is a notice only if it calls itself automatic. "Dear
# all" is left out: some formal templates open with it; so are "Всем привет", "Коллеги", "各位", "皆様" and "Kedves
# Kollégák": a notice to a team's or a list's mail opens so too (a Yandex notice in the tuning half greets "Всем привет!").
GROUP_GREETING = re.compile(
    r"^\W*(?:(?:(?:hi|hey|hello|greetings)[,]? (?:everyone|everybody|all|folks|team|guys|y['’]all|people)|"
    r"hallo (?:zusammen|alle|allerseits|ihr lieben)|(?:bonjour|salut|coucou) (?:à tous|a tous|tout le monde)|"
    r"hola (?:a )?tod[oa]s|(?:ciao|buongiorno) a tutti|(?:hoi|hallo|hey|dag) allemaal|hej (?:alla|allihop|allesammen|alle)|"
    r"hei (?:alle|alle sammen|kaikki)|moi kaikki|ol[áa] a todos|oi (?:a )?todos|ahoj (?:všichni|všem)|zdravím všechny|"
    r"cześć wszystkim|witam wszystkich|dzień dobry wszystkim|herkese merhaba|merhaba (?:herkese|arkadaşlar)|sziasztok|"
    r"kedves mindenki|(?:salut|bună|bună ziua|salutare) tuturor)\b|大家好|皆さん|みなさん|(?:안녕하세요,? ?)?여러분)",
    re.IGNORECASE)
# Words that speak to a group anywhere in the text ("Thanks all for a great year", "Danke euch allen", "buon agosto a
# tutti", "god sommer til jer alle", "kiitos kaikille", "спасибо всем", "感谢大家"): an auto-reply answers one sender,
# whoever it is, and has no group to thank or wish well. Informal plurals alone ("euch", "jullie") are left out: a small
# firm's notice may say "ab 3.1. bin ich wieder für euch da"; so is a bare "всем" or "kaikki" ("отвечу всем", "kaikki
# viestit luetaan"): only thanks and wishes to all count there.
GROUP_ADDRESS = re.compile(
    r"\b(?:everyone|everybody|y['’]all|you all|all of you|(?:thanks|thank you|cheers|hi|hello|hey) all|euch allen|ihr alle|"
    r"allerseits|(?:à|a) tous|tout le monde|a tod[oa]s|a tutti|allemaal|til jer alle|jer alle|er alla|allihopa?|"
    r"alle sammen|(?:tak|takk) (?:til )?alle|kiitos kaikille|(?:díky|děkuji|děkuju) všem|(?:dzięki|dziękuję) wszystkim|"
    r"спасибо всем|всем спасибо|hepinize teşekkür\w*|köszönöm mindenkinek|mulțumesc tuturor)\b|感谢大家|谢谢大家|祝大家",
    re.IGNORECASE)
# A person pasting what someone else wrote, introduced by their own words ("he said this: …", "Got this back from her:
# …"): the notice's words that follow are a quote, not the sender's. No notice opens by reporting speech.
REPORTED_LEAD_IN = re.compile(
    r"^\W*(?:(?!(?:as|it|this|that|which|mail|e-?mails?|messages?)\s)[^\W\d_]+ (?:said|says|wrote|writes|replied|answered)"
    r"(?: (?:me|us|back))?(?: this| the following)?|(?:i |we )?(?:got|received) (?:this|the following)(?: back)?"
    r"(?: from (?:him|her|them|[^\W\d_]+))?)\s*(?::|,|\.|-|\s)", re.IGNORECASE)
# An aside to people the writer knows, opening the text ("Just fyi, I'll be on vacation next week", "Heads up: …", "Nur
# zur Info: …", "Pour info, …", "Para que lo sepáis: …", "Ter info: …", "Per tua info …", "Só pra avisar: …", "Dla
# info: …", "Просто чтобы вы знали: …"): a person passing news on to a team or a list. A notice answers a stranger and
# opens on the thanks or the absence itself. Only the informal, shortened forms count: the formal "For your
# information", "Zur Information", "Pour information", "Para su información" may open a template, and are left out.
_ASIDE_LEAD_IN = re.compile(
    r"^\W*(?:(?:hi|hey|hello|hallo|hoi|bonjour|salut|hola|ciao|ol[áa]|oi|hej|cześć|привет)\b[^.!?,:;\n]{0,30}[,.!:;]?\s*)?"
    r"(?:(?:just |quick )?j?fyi\b|f\.y\.i\.|(?:just |a quick |quick )?(?:a )?heads[- ]?up\b|"
    r"(?:nur |kurz |mal )?zur info\b|kurze info\b|(?:juste |simplement )?pour (?:ton |votre |vot' )?info\b|"
    r"para que lo sep(?:as|áis|an)\b|para (?:tu|vuestra) info\b|(?:even |alleen )?ter info\b|"
    r"(?:giusto |solo )?per (?:tua|vostra) info(?:rmazione)?\b|giusto per info\b|"
    r"(?:só|apenas) (?:pra|para) (?:avisar|vocês saberem|você saber)\b|(?:tak )?dla info\b|"
    r"(?:просто )?чтобы (?:вы|ты) знали?\b|для инфы\b)",
    re.IGNORECASE)
# An absence at a time the reader named ("I'll be on vacation then", "Da bin ich leider im Urlaub", "Je serai en congés
# cette semaine-là", "Estaré de viaje esos días"): the writer answers a date proposed in the thread. A notice knows
# nothing of the mail it answers, so it names its own dates ("this week", "until 14 May"), never "then" or "that week".
_AWAY = (r"(?:away|out|off|on (?:vacation|holiday|leave|a trip)|travel+ing|abroad|unavailable|not around|not in|gone)")
_THAT_TIME_EN = r"(?:then|that (?:day|week|weekend|month|morning|afternoon|evening)|on that (?:day|date)|at that time)"
_AT_THE_READERS_TIME = re.compile(
    r"\b(?:I['’]ll|I will|I['’]m|I am|I['’]d|I would|we['’]ll|we will|we['’]re|we are) (?:be )?(?:probably |likely |still )?"
    + _AWAY + r"(?: myself)? " + _THAT_TIME_EN + r"\b|"
    r"\b(?:da|dann|an dem tag|in der woche|zu der zeit) (?:bin|wäre|sind|wären) (?:ich|wir) (?:leider |schon |noch )?"
    r"(?:im urlaub|in urlaub|nicht da|weg|unterwegs|verreist|nicht im büro)|"
    r"\b(?:je serai|je suis|nous serons|je ne serai pas là)\b[^.!?\n]{0,30}?(?:à ce moment-là|ce jour-là|cette semaine-là|"
    r"à cette date|à cette période)|"
    r"\b(?:estaré|estoy|estaremos|no estaré)\b[^.!?\n]{0,30}?(?:esos días|ese día|esa semana|en esas fechas|en esa fecha)|"
    r"\b(?:sarò|saremo|non ci sarò|non sarò)\b[^.!?\n]{0,30}?(?:quel giorno|quella settimana|in quei giorni|in quelle date)|"
    r"\b(?:(?:ben|zijn) (?:ik|we|wij) (?:dan|die dag|die week|op die dag)|(?:dan|die dag|die week|op die dag) (?:ben|zijn) "
    r"(?:ik|we|wij)) (?:al |juist )?(?:op vakantie|weg|afwezig|niet op kantoor|er niet)|"
    r"\b(?:estarei|não estarei|estaremos)\b[^.!?\n]{0,30}?(?:nesse dia|nessa semana|nesses dias|nessa data)",
    re.IGNORECASE)
# A person speaking of an automatic reply, their own or another's, rather than a text that is one: telling readers to
# ignore it, that they will get one, or what theirs says ("Don't mind the automatic reply you'll get from me",
# "Ignoriert bitte meine Abwesenheitsnotiz", "vous recevrez une réponse automatique", "that's what my out-of-office
# says, but …", "so steht es in meiner Abwesenheitsnotiz"). A notice says "this is an automatic reply", or "you receive
# this automatic reply because…", never what the reader will get later, should ignore, or what it itself says.
_AUTO_REPLY_WORDS = (r"(?:auto(?:matic|mated)? ?-?(?:reply|response|answer)|out[- ]of[- ](?:the[- ])?office(?: reply| notice)?|"
                     r"automatische (?:antwort|nachricht)|abwesenheits(?:notiz|meldung)|réponse automatique|"
                     r"message d'absence|respuesta automática|risposta automatica|automatisch antwoord|autosvar|"
                     r"automatiskt svar|automatisk svar|messaggio di assenza|afwezigheidsbericht|mensaje de ausencia)")
_MY = r"(?:my|meine?r?|mon|ma|mi|il mio|la mia|mijn|min|mitt)"
_SAYS = r"(?:says|said|tells|sagt|steht|dit|indique|dice|zegt|säger|siger|sier)"
_REPORTED_AUTO_REPLY = re.compile(
    r"\b(?:ignore|disregard|don'?t mind|do not mind|never mind|don'?t worry about|do not worry about|"
    r"ignorier\w*|nicht wundern über|ignorez|ne tenez pas compte d[eu']|ignora[dr]?|ignorate|no hag[aá]is caso al?|"
    r"no hagas caso al?|non fa(?:te|re) caso a(?:l|lla|llo)?|negeer|ignorera)\b.{0,30}?" + _AUTO_REPLY_WORDS + r"|"
    r"\b(?:you|u)(?:'ll| will| may| might| would) (?:get|receive|see) (?:an?|my|the|one)\b.{0,20}?" + _AUTO_REPLY_WORDS
    + r"|\b(?:ihr|du|sie) (?:werdet|wirst|werden) (?:eine|meine|die)\b.{0,20}?" + _AUTO_REPLY_WORDS
    + r"|\bvous (?:recevrez|allez recevoir) (?:une|ma|la)\b.{0,20}?" + _AUTO_REPLY_WORDS
    + r"|\b(?:recibir[aá]s|recibir[aá]n|recibiréis|vas a recibir|vais a recibir) (?:una|mi|la)\b.{0,20}?" + _AUTO_REPLY_WORDS
    + r"|\b(?:riceverete|riceverai) (?:una|la mia|la)\b.{0,20}?" + _AUTO_REPLY_WORDS
    + r"|\b" + _MY + r" " + _AUTO_REPLY_WORDS + r"\b.{0,15}?\b" + _SAYS + r"\b"
    # someone else's: "Paul's auto-reply says he's out until the 20th", "her out-of-office says"
    + r"|\b(?:his|her|their|[^\W\d_]+['’]s) " + _AUTO_REPLY_WORDS + r"\b.{0,15}?\b(?:" + _SAYS + r"|below|follows)\b"
    # a person pasting one: "Got this auto-reply from Paul:", "Fick detta autosvar från Paul:"
    + r"|\b(?:got|received|fick|fik|fikk|bekam|erhielt|dostałem|dostałam|получил[аи]?) (?:this|that|detta|dette|dieses|"
    r"diese|ten|этот) " + _AUTO_REPLY_WORDS
    + r"|\b(?:what|wie|steht|comme|como|come|zoals|som)\b.{0,15}?\b(?:in )?" + _MY + r" " + _AUTO_REPLY_WORDS
    + r"|" + "|".join((
        # the writer got one, and says so before quoting it: "I got an automatic reply from Tom: 'This is the only
        # notification you will receive while this person is away.'" A notice says "you receive this automatic reply"
        # or "I have received your message, this is an automatic reply", never that its writer received one: so the
        # verb must have the writer as subject and the automatic reply as its object ("an", "une", "eine" …).
        r"\b(?:I|we) (?:just |also |only )?(?:got|received|get|receive) (?:an?|the|this|his|her|their|one)\b[^.!?\n]{0,30}?"
        + _AUTO_REPLY_WORDS,
        r"\bj['’]ai re[çc]u (?:de [^\s,.]+(?: [^\s,.]+)? )?(?:une|la|sa|leur) (?:réponse automatique|message d'absence)",
        r"\b(?:me (?:llegó|ha llegado)|recibí|he recibido)(?: de [^\s,.]+)? (?:una|la|su) (?:respuesta automática|mensaje de ausencia)",
        r"\b(?:mi è arrivat[oa]|ho ricevuto)(?: da [^\s,.]+)? (?:una|la|sua) (?:risposta automatica|messaggio di assenza)",
        r"\b(?:recebi|recebemos)(?: d[oa] [^\s,.]+)? (?:uma|a|sua) (?:resposta automática|mensagem automática)",
        r"\b(?:ich|wir) (?:habe|hab|haben|hatte|hatten)(?: von [^\s,.]+(?: [^\s,.]+)?)? (?:eine|die|seine|ihre|deren) "
        r"(?:automatische antwort|abwesenheitsnotiz)\w* (?:von [^\s,.]+ )?(?:bekommen|erhalten|gekriegt)",
        r"\b(?:ich|wir) (?:bekam|erhielt|bekamen|erhielten)(?: von [^\s,.]+)? (?:eine|die|seine|ihre) "
        r"(?:automatische antwort|abwesenheitsnotiz)",
        r"\b(?:ik|we|wij) (?:kreeg|kregen)(?: van [^\s,.]+)? (?:een|het|zijn|haar) (?:automatisch antwoord|afwezigheidsbericht)",
        r"\b(?:ik|we|wij) (?:heb|hebben)(?: van [^\s,.]+)? (?:een|het|zijn|haar) (?:automatisch antwoord|afwezigheidsbericht) "
        r"(?:van [^\s,.]+ )?(?:gekregen|ontvangen)",
        r"\b(?:jag|vi|jeg) (?:fick|fik|fikk)(?: (?:från|fra) [^\s,.]+)? (?:ett|et|hans|hennes|hendes) "
        r"(?:automatiskt svar|automatisk svar|autosvar)",
        r"\b(?:dostał(?:em|am)|otrzymał(?:em|am)|dostaliśmy)(?: od [^\s,.]+)? automatyczn\w+ odpowied\w+",
        r"\b(?:dostal(?:a)? jsem|obdržel(?:a)? jsem)(?: od [^\s,.]+)? automatick\w+ odpov\w+",
        r"\bsain(?: [^\s,.]+)? automaattisen vastauksen",
        r"(?:я|мы) получил[аи]?(?: от [^\s,.]+)? (?:автоматическ\w+ ответ|автоответ)")),
    re.IGNORECASE | re.DOTALL)

# A question put to the reader in the sender's own words ("Did Jane accept the second round?", "Hast du Jane schon
# erreicht?", "Tu as pu joindre Jane ?", "送ってもらえますか？"): a person asks; an auto-reply knows nothing to ask
# about. A notice's own questions are short or about urgency and help ("Urgent?", "Need immediate assistance? Call …",
# "Is your request urgent?"), and are left out, as are words in quotes and "Subject:" lines (the vacation program
# repeats the subject it answers: 'Your mail regarding "Can we meet?" will be read …').
# A question mark ends a question only before a space or the end: one between letters stands for a letter a gateway
# lost ("nicht im B?ro"), as a run of them or of U+FFFD does for a garbled text.
_QUESTION = re.compile(r"([^.!?。！？\n\ufffd]+)[?？](?![\w?\ufffd])")
# A gateway that lost accented letters as "?" ("f?rias", "B?ro") lost one-letter words too, as in a range of days:
# "de 20 de dezembro ? 03 de fevereiro", "du 3 ? 14" (à). Such a "?" stands between a word and a number; a question,
# even in French spacing ("Tu as vu Jane ? merci"), does not go on with a number.
_LETTER_LOST_IN_WORD = re.compile(r"[^\W\d_]\?[^\W\d_]")
_LOST_WORD = re.compile(r"(?<=\w) \?(?= \d)")
_NOTICE_QUESTION = re.compile(
    r"\b(?:urgen|dringend|spoed|piln|naléhav|naliehav|sürgős|acil\b|срочн|терміно|help|hilfe|aide\b|ayuda|aiuto|ajuda|"
    r"hjälp|hjælp|hjelp|assist)|急|긴급|급한|"
    # a notice's questions to anyone, opening on a need ("Need to book a meeting? Use my calendar link", "Looking for the
    # FAQ?", "Brauchen Sie …?", "Vous cherchez …?"): a person asks about the matter itself
    r"^\W*(?:do you |are you )?(?:need|looking for|want|wondering|have you (?:tried|checked|seen)|did you know|"
    r"brauchen sie|suchen sie|besoin d|vous cherchez|necesita|busca)\b", re.IGNORECASE)
# Where the clause that asks starts: after a comma, a colon, a dash or a "but".
# Italian "ma" only after a comma: alone it is Polish "has" ("Jakie ma oczekiwania?") and French "my".
_CLAUSE = re.compile(r"[,;:，、；：]|\s[-–—]\s|\b(?:but|aber|mais|pero|maar|men|mutta|ale|но)\b", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


# A person asking to be called, with no number given ("if it's urgent just call me", "llámame al móvil", "ruf mich
# einfach an"): the reader knows the number, so it is someone they know. A notice answers anyone, and gives the number
# it asks them to call ("call me on +44 …", "mobil erreichen Sie mich unter 0171 …").
_CALL_ME = re.compile(
    r"\b(?:call|ring|phone|text) me\b|\bruf(?:t|en sie)? mich\b|\bappelle[zr]?-moi\b|\bm['’]appeler\b|\bllám(?:ame|eme|adme)\b|"
    r"\bchiam(?:ami|atemi)\b|\bmi chiami\b|\b(?:me liga|liga-me|ligue-me|me ligue)\b|\bbel (?:me|mij)\b|\bring (?:mig|meg|til mig)\b|"
    r"\bzadzwoń do mnie\b|\bzavolej mi\b|\b(?:по)?звони(?:те)? мне\b|"
    r"给我打(?:个)?电话|打给我|お電話(?:ください|下さい)|電話(?:して)?ください|전화(?:해)? ?주세요", re.IGNORECASE)
_PHONE_NUMBER = re.compile(r"\+?\d[\d ()./-]{5,}\d")


def asks_to_be_called(own: str) -> bool:
    """Does the sender ask to be called without giving a number, as one writes to someone who has it?

    >>> asks_to_be_called("Out until Monday. For anything urgent, call me on my mobile.")
    True
    >>> asks_to_be_called("I am on leave until Monday. For urgent matters, call me on +44 7700 900123.")
    False
    """
    return _CALL_ME.search(own) is not None and _PHONE_NUMBER.search(own) is None


def speaks_to_a_group(text: str) -> bool:
    """Does the text greet or speak to a group ("Hi all", "à tous", "皆さん", "Thanks all")? An auto-reply never does.

    >>> speaks_to_a_group("I'm off until the 4th. Thanks all for a great year!")
    True
    >>> speaks_to_a_group("I am out of the office until the 4th. Thank you for your message.")
    False
    """
    return GROUP_GREETING.match(text) is not None or GROUP_ADDRESS.search(text) is not None


def reports_an_auto_reply(text: str) -> bool:
    """Does the text speak of an automatic reply ("ignore my out-of-office", "you'll get an auto-reply", "what my
    out-of-office says") rather than be one?

    >>> reports_an_auto_reply("Don't mind the automatic reply you will get from me this week.")
    True
    >>> reports_an_auto_reply("This is an automatic reply. I am out of the office until Monday.")
    False
    """
    return _REPORTED_AUTO_REPLY.search(text) is not None


def asks_the_reader(own: str) -> bool:
    """Does the sender's own text (quote cut off) put a question to the reader, other than a notice's about urgency?

    >>> asks_the_reader("I'm on leave until 4 December with limited access to email. Did Jane accept the offer?")
    True
    >>> asks_the_reader("I'm on leave until 4 December. Need urgent help? Please call the main office.")
    False
    """
    if "?" not in own and "？" not in own:
        return False
    if _LETTER_LOST_IN_WORD.search(own):  # the gateway lost letters: a lone "?" mid-sentence was a word ("à", "é")
        own = _LOST_WORD.sub(" \ufffd ", own)
    for match in _QUESTION.finditer(unrepeated(own)):
        question = " ".join(_CLAUSE.split(match.group(1))[-1].split())  # "If urgent, contact Bob - but did Jane say yes?"
        words = [word for word in question.split() if re.search(r"[^\W\d_]", word)]
        asks = len(words) >= 3 or (len(question) >= 5 and _CJK.search(question) is not None)
        if asks and not _NOTICE_QUESTION.search(question):
            return True
    return False


def opens_as_an_aside(text: str) -> bool:
    """Does the text open as a person's aside to readers they know ("FYI", "Heads up", "Nur zur Info", "Pour info")?

    >>> opens_as_an_aside("Just fyi, I'll be on vacation next week and won't be checking my email very often.")
    True
    >>> opens_as_an_aside("I am on vacation next week. For your information, urgent matters go to the front desk.")
    False
    """
    return _ASIDE_LEAD_IN.match(text) is not None


def away_at_the_readers_time(text: str) -> bool:
    """Is the absence said of a time the reader named ("I'll be on vacation then", "Da bin ich im Urlaub")?

    >>> away_at_the_readers_time("I'll be on vacation then, and not able to produce the binaries.")
    True
    >>> away_at_the_readers_time("I am on vacation this week with no access to email and will respond then.")
    False
    """
    return _AT_THE_READERS_TIME.search(text) is not None
