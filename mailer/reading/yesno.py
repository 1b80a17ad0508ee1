"""Whether a manager's "yes" or "no" is the decision, judged by what follows it: "No, not senior enough" decides,
"No. I need more time to review." answers whether they have looked, "Yes, but let me ask Sam" defers, "Non, il n'y a
pas de log mysql" answers another question altogether.

A yes/no is read as the decision only when the words after it (on its line, or on the next line when it stood
alone) support it or say nothing: a courtesy ("Yes please", "No, sorry"), a time for the interview ("Yes, next
week"), the same decision in words ("No, I'll pass"), a remark on the candidate that goes with it ("Yes, she looks
great", "Nein, zu wenig Erfahrung"), or a next step of the interview ("Yes — set it up"). Anything else, and any
deferral, acknowledgement, request, question, condition or "but", leaves no decision: the reply stays the manager's
answer for the recruiter to read. The lists below name what supports; what they miss errs to no decision. Which
words are a yes or a no (the shipped ones and those ops add in `replies.words`) is yesnowords.py's to say.
"""

from __future__ import annotations

import re

from mailer.reading import sentences
from mailer.reading.commandtimes import only_a_time

_FLAGS = re.I | re.X

# Says nothing for or against: thanks, please, sorry, a sign-off, an emoji, the reader's or writer's name.
_COURTESY = re.compile(r"""
    (?: thanks | thank\s+you | many\s+thanks | thx | ty | cheers | please | pls | sorry(?:\s+for\s+the\s+(?:delay|late
        \s+(?:reply|answer|response)|slow\s+(?:reply|response)))? | of\s+course | definitely | absolutely | sure
      | danke(?:\s+schön)? | vielen\s+dank | bitte | gerne | gern | klar | grüße | viele\s+grüße | lg | vg
      | merci(?:\s+beaucoup)? | volontiers | avec\s+plaisir | s'il\s+te\s+pla[iî]t | s'il\s+vous\s+pla[iî]t | svp
      | stp | bien\s+sûr | cordialement | bonne\s+journée
      | anyway | in\s+any\s+case | gracias | muchas\s+gracias | por\s+favor | claro | saludos | un\s+saludo | perdón
      | graag | dank\s+je(?:\s+wel)? | dank\s+u(?:\s+wel)? | bedankt | groet(?:en)? | met\s+vriendelijke\s+groet | mvg
      | grazie(?:\s+mille)? | per\s+favore | certo | volentieri | saluti | cordiali\s+saluti
      | obrigad[oa] | muito\s+obrigad[oa] | com\s+certeza | abraços? | atenciosamente | cumprimentos | valeu
      | dziękuję | dzięki | pozdrawiam | tack | takk | hälsningar | hilsen | mvh | gärna | gerne | gjerne
      | best | regards | kind\s+regards | best\s+regards | warm\s+regards | br | kr | mit\s+freundlichen\s+grüßen
      | (?:freundliche|beste|liebe|schöne|herzliche)\s+grüße | mfg | bien\s+cordialement | bien\s+à\s+(?:vous|toi)
      | saludos\s+cordiales | un\s+abrazo | abrazos | un\s+saluto | atentamente | beijos?
      # words of a name and title under it ("Head of Engineering", "Directrice de la technique"), pronouns
      | of | de | del | der | den | di | do | da | van | von | du | des | la | le | & | \((?:she|he|they)/\w+\)
      | and | und | et | y | e | en )(?![\w'-])
    | [^\w\s]
""", _FLAGS)

# A name ("Thanks Rita", "Yes. Maria"): a capitalised word.
_NAME = re.compile(r"[A-ZÀ-Ý][\w'-]*")

# Against the decision whatever else is said: a deferral or acknowledgement, a need for time, not knowing, a
# request, a condition, a contrast ("but"), a question, another matter (the link, the attachment, access).
_AGAINST = re.compile(r"""
    \? | (?<![\w'-])(?:
      but | however | though | although | aber | jedoch | doch | mais(?!\s+(?:s[eê]nior|j[uú]nior|experiente))
    | cependant | pero | sin\s+embargo
    | (?<!plan\s)(?<!doe\s)(?<!ga\s)(?<!het\s)maar(?!\s+in(?![\w'-]))
    | ma | però | tuttavia | mas | porém | contudo
    # "mais" is French "but" and Portuguese "more": "mais sênior" is a comparison.
    | if | unless | assuming | provided | depends | depending | wenn | falls | außer | sofern | je\s+nach | si | sauf
    # Italian and Portuguese "se" (if), not the Czech reflexive of "nehodí se" (does not suit)
    | selon | a\s+menos | salvo | depende | als | tenzij | afhankelijk | (?<!nehodí\s)se | purché | a\s+meno | dipende | caso
    | maybe | perhaps | probably | possibly | not\s+sure | vielleicht | wahrscheinlich | peut-être | probablement
    | quizás? | tal\s+vez | probablemente | misschien | waarschijnlijk | forse | probabilmente | talvez | provavelmente
    | yet | still | noch | encore | todavía | aún | nog | ancora | ainda
    | (?:before|until|till|once)\s+(?:I|we)\s+\w+ | bevor\s+ich | avant\s+(?:de|que) | antes\s+de
    | need\s+(?:more\s+|some\s+)?time | brauche\s+(?:noch\s+|mehr\s+)?zeit | besoin\s+de\s+(?:plus\s+de\s+)?temps
    | necesito\s+(?:más\s+)?tiempo | (?:meer\s+)?tijd\s+nodig | bisogno\s+di\s+(?:più\s+)?tempo
    | preciso\s+de\s+(?:mais\s+)?tempo
    | don't\s+know | do\s+not\s+know | no\s+idea | weiß\s+(?:es\s+)?(?:noch\s+)?nicht | keine\s+ahnung
    | (?:je\s+)?ne\s+sais\s+pas | aucune\s+idée | no\s+sé | ni\s+idea | weet\s+(?:het\s+)?(?:nog\s+)?niet | geen\s+idee
    | non\s+so | não\s+sei
    | review(?:ing)? | look(?:ing)?\s+(?:at|into)\s+it
    | (?:i'll|i\s+will|will)\s+(?:look(?!\s+forward)|check|read|get\s+to)
    | check\s+with | ask | let\s+me | saw\s+it | seen\s+it | on\s+it | forwarded | forward(?:ing)?\s+(?:it|this|the)
    | remind(?:er)? | waiting
    | discuss(?:ed)? | talked\s+about | travel(?:l)?ing | out\s+of\s+(?:the\s+)?office | away | swamped | busy
    | off | holiday | vacation | leave | urlaub | congé | vacaciones | vakantie | ferie | férias
    | can\s+you | could\s+you | would\s+you | send\s+(?:me|it|us|the|again|over) | resend | re-send
    | kannst\s+du | können\s+sie | schick\w*
    | peux-tu | pouvez-vous | renvo\w+ | envoie\w* | puedes | podrías | reenvi\w+ | env[ií]a\w* | kun\s+je | kunt\s+u
    | stuur\w* | puoi | potresti | rimand\w+ | pode(?:s|m)?(?!\s+(?:marcar|agendar|chamar|seguir)) | poderia
    | link | attach\w* | pdf | file | access | e-?mail | mail | address | anhang | pièce\s+jointe | lien | adjunto
    | enlace | bijlage | allegato | anexo
    | erhalten | bekommen | reçu | recibid[oa] | ontvangen | ricevut[oa] | recebid[oa] | got\s+it | received
    | abstimmen | sprechen\s+mit | voir\s+avec | en\s+parler | consultar\w* | hablo\s+con | overleggen | sentire
    | falar\s+com
    # Swedish, Danish, Norwegian: but (not English "the men"), if, maybe, yet, time, not knowing, read later, received, attachment, someone else
    | (?<!the\s)(?<!our\s)(?<!other\s)(?<!of\s)(?<!young\s)men | hvis | ifall | kanske | måske | kanskje | ännu | än | endnu | ennå | ennu
    | (?:behöver|brug\s+for|trenger|trengs)\s+(?:mer\s+|mere\s+)?tid | vet\s+inte | ved\s+ikke | vet\s+ikke
    | tittar | kigger | ser\s+på | fått | mottatt | modtaget | hunnit | nået | rukket | länk\w* | lenke\w* | bilag\w*
    | vedlegg\w* | vedhæft\w* | (?:prata|tala|tale|snakke)\s+med\s+(?!henne|honom|hende|ham|han(?![\w'-]))
    # Dutch, Italian, Portuguese: read it later, received, someone else first
    | kijk\w* | bekeken | bekijk\w* | guardo | vejo | olho | olhei | recebi | alinhar | parlarne
    # Polish, Czech and Slovak, the languages of README's ops words "nie" and "ne" (their remarks below)
    | ale | jeszcze | może | chyba | nie\s+wiem | później | zapytam | sprawdzę | potrzebuję | ještě | možná | nevím
    | przejrzę | dostał[ae]m | otrzymał[ae]m | załącznik\w* | jeśli | jeżeli | porozmawia\w*\s+z\s+(?!nią|nim)
    | později | zeptám | potřebuj\w+ | ešte | možno | neviem | neskôr | opýtam | potrebuj\w+
    )(?![\w'-])
""", _FLAGS)

# A remark that goes with a yes: the candidate looks good, or a next step of the interview.
_SUPPORTS_YES = re.compile(r"""
    (?<![\w'-])(?:
      (?:looks?|sounds?|seems?)\s+(?:really\s+|very\s+|super\s+)?(?:great|good|strong|solid|interesting|promising
        |excellent|perfect|fine)
    | (?:great|good|strong|solid|interesting|promising|excellent|impressive|nice)\s+(?:profile|candidate|cv|resume
        |background|fit|match|one)
    | (?:she|he|they|(?:the|her|his|their)\s+(?:profile|cv|resume|background|experience))(?:'s|\s+is|\s+are|'re
        |\s+looks?|\s+seems?)\s+(?:really\s+|very\s+)?(?:great|good|strong|solid|impressive|excellent|interesting)
    | (?:gute[rn]?|starke[rn]?|tolle[rn]?|bon(?:ne)?|excellente?|buen[oa]?|excelente|goede?|sterke?|prima|ottim[oa]
        |buon[oa]?|ótim[oa]|bo[am])\s+(?:kandidat(?:in)?|candidat[oe]?|candidata|kandida(?:at|te))
    | go\s+ahead | set\s+(?:it\s+|this\s+|that\s+|one\s+|her\s+|him\s+|something\s+)?up | schedule | book
    | arrange | invite | bring\s+(?:her|him|them)\s+in | let's\s+(?:do\s+it|meet|talk|chat|go)
    | (?:meet|talk\s+to|speak\s+(?:to|with)|chat\s+with|interview)\s+(?:her|him|them)
    | looking\s+forward | look\s+forward | interested | more\s+like\s+(?:her|him|them|this)
    | worth\s+(?:a|the)\s+(?:conversation|chat|call|talk|look|try|shot) | (?:great|good|nice)\s+addition
    | keen\s+to\s+(?:meet|talk|chat|speak|interview) | get\s+(?:her|him|them)\s+in | exactly\s+what\s+we
    | (?:let's\s+)?(?:move|moving)\s+(?:forward|ahead) | proceed | go\s+for\s+it | next\s+steps?
    | send\s+(?:her|him|them)\s+(?:over|in|through|my\s+way)
    # Deutsch
    | (?:klingt|sieht)\s+(?:sehr\s+)?(?:gut|super|spannend|interessant|stark)
    | (?:starkes|gutes|tolles|spannendes|interessantes|super)\s+profil | einladen | lade\s+(?:sie|ihn)\s+ein
    | termin\w* | kennenlernen | gespräch\w*
    # Français
    | (?:très\s+|vraiment\s+)?(?:bon|beau|excellent|intéressant|solide)\s+profil | profil\s+(?:très\s+)?intéressant
    | très\s+intéressant | créneau | entretien | rencontr\w+ | organise\w* | ça\s+marche | allons-y
    # Español
    | (?:muy\s+)?(?:buen|excelente|interesante|sólido)\s+perfil | me\s+interesa | adelante | entrevist[\w-]*
    | ag[eé]nd\w+ | tr[aá]ela | tr[aá]elo | hablemos
    # Nederlands
    | gesprek | (?:in)?plannen | plan\s+(?:maar\s+)?in | (?:sterk|goed|interessant)\s+profiel | uitnodigen
    # Italiano
    | colloquio | organizziamo | fissiamo | mi\s+interessa | (?:ottimo|buon|bel)\s+profilo
    | profilo\s+(?:molto\s+)?(?:buono|interessante|ottimo)
    # Português
    | marc\w+\s+(?:a\s+)?entrevista | (?:ótimo|bom|excelente|interessante)\s+perfil | perfil\s+(?:ótimo|excelente)
    | vamos\s+entrevist[\w-]+ | me\s+interessa | tenho\s+interesse | agend\w+ | gostei | pode[sm]?\s+marcar
    # Italiano, Polski, Svenska, Dansk, Norsk
    | (?:mi\s+)?sembra\s+(?:molto\s+)?(?:valid[ao]|brav[ao]|fort[ea]|interessante|ottim[oa]|buon[oa]) | organizza\w*
    | procediamo
    | (?:bardzo\s+)?(?:dobry|mocny|świetny|ciekawy|solidny)\s+profil | rozmow\w+ | zapro\w+ | umów\w* | spotkani\w+
    | (?:ser|verkar)\s+(?:väldigt\s+|mycket\s+|rigtig\s+|meget\s+|veldig\s+)?(?:stark|sterk|stærk|bra|godt?|intressant
        |interessant|spændende|lovande|lovende)(?:\s+ut|\s+ud)?
    | (?:stark|sterk|stærk|bra|god|intressant|interessant|spændende|spennende)\s+profil
    | boka\w* | intervju\w* | träffa | samtale | sett\s+(?:gjerne\s+)?opp | møde | møte
    )(?![\w'-])
""", _FLAGS)

# A reason that goes with a no: the candidate does not fit, or the role is gone.
_SUPPORTS_NO = re.compile(r"""
    (?<![\w'-])(?:
      too\s+(?:junior|senior|expensive|inexperienced|green)
    | (?:definitely|absolutely|certainly)\s+not
    | (?:she|he|they)\s+(?:doesn't|does\s+not|don't|do\s+not)\s+have\s+the\s+(?:\w+\s+){0,2}(?:experience|skills|background)
    | not\s+(?:senior|experienced|strong|technical|qualified|good)\s+enough | not\s+enough\s+(?:\w+\s+){0,2}
        (?:experience|skills|seniority|depth)
    | lacks? | lacking | missing\s+(?:the\s+|some\s+)?(?:\w+\s+){0,3}(?:background|experience|skills)
    | (?:doesn't|does\s+not|hasn't|has\s+not)\s+(?:got\s+|have\s+)?enough | not\s+convinced
    | we(?:'re|\s+are|'d|\s+would)?\s+(?:want|need|looking\s+for)\s+someone | notice\s+period
    | (?:team|role|headcount)\s+is\s+(?:full|closed) | (?:not|pas)\s+(?:the|le)\s+(?:level|niveau)
    | (?:asks?\s+for|wants?)\s+too\s+much | (?:over|under)qualified | weak
    | (?:don't|do\s+not)\s+think\s+(?:[\w']+\s+){0,4}(?:fit|match)
    | (?:not|n't)\s+(?:be\s+)?(?:a\s+|the\s+)?(?:good\s+|right\s+|great\s+|strong\s+)?(?:fit|match)
    | (?:isn't|is\s+not|not)\s+(?:what|who)\s+we(?:'re|\s+are)?\s+(?:looking\s+for|need)
    | not\s+what\s+we(?:'re|\s+are)?\s+looking\s+for | not\s+the\s+right\s+(?:fit|profile|level|person)
    | needs?\s+(?:someone|somebody|a\s+more|more\s+(?:\w+\s+)?(?:experience|skills|seniority))
    | too\s+expensive | above\s+(?:our\s+)?(?:range|budget) | (?:way\s+)?too\s+(?:high|much) | afford
    | not\s+this\s+time | better\s+fit\s+for | hire\s+internally | internal\s+candidate
    | went\s+with | chose | picked | hired\s+(?:someone|another|a\s+different)
    | (?:role|position|req|job)\s+(?:is\s+|has\s+been\s+)?(?:already\s+)?(?:filled|closed|gone)
    | filled\s+(?:the|this)\s+(?:role|position)
    # Deutsch
    | zu\s+(?:wenig|junior|senior|teuer|unerfahren) | nicht\s+(?:senior|erfahren|gut)\s+genug | passt\s+nicht
    | (?:stelle|position)\s+(?:ist\s+)?(?:schon\s+|bereits\s+)?(?:besetzt|vergeben)
    | (?:schon|bereits)\s+besetzt | fehlt\s+(?:ihr\s+|ihm\s+)?(?:die\s+|an\s+)?erfahrung | nicht\s+passend
    | nicht\s+geeignet | ungeeignet | kündigungsfrist | diesmal\s+nicht
    | (?:suchen|cherch\w*|buscamos|zoeken|cerchiamo|procuramos)\s+(?:un[ea]?\s+|een\s+|um\s+|einen?\s+)?(?:profil\w*
        |perfil|profiel|profilo|jemand\w*|alguien|alguém|iemand|qualcuno|quelqu'un)
    # Français
    | trop\s+(?:junior|senior|cher) | pas\s+assez\s+(?:senior|d'expérience|expérimentée?)
    | ne\s+(?:correspond|convient)\s+pas | manque\s+d'expérience | pourvue? | autre\s+candidat\w*
    | pas\s+le\s+bon\s+profil | (?:n'a\s+)?pas\s+le\s+niveau | pas\s+cette\s+fois | préavis | trop\s+ch[eè]re?
    # Español
    | le\s+falta | falta\s+experiencia | (?:muy|demasiado)\s+(?:junior|senior) | no\s+encaja | otro\s+candidato
    | no\s+es\s+el\s+perfil | esta\s+vez\s+no | elegimos
    | pide\s+demasiado | demasiado\s+car[oa] | no\s+tiene\s+(?:la\s+|suficiente\s+|bastante\s+)?experiencia
    # Nederlands
    | te\s+(?:weinig|junior|senior|duur) | niet\s+(?:senior|ervaren)\s+genoeg | past\s+niet | andere\s+kandidaat
    | deze\s+keer\s+niet
    # Italiano
    | non\s+questa\s+volta | troppo\s+(?:junior|senior|costos[oa]|car[oa]) | non\s+ha\s+abbastanza
    | poca\s+esperienza | non\s+è\s+adatt[oa] | altro\s+candidato
    # Português
    | falta\s+(?:de\s+)?experiência | muito\s+(?:júnior|junior|sênior|senior) | não\s+tem\s+o\s+perfil
    | não\s+se\s+encaixa | pouca\s+experiência | outro\s+candidato | desta\s+vez\s+não | pede\s+demais
    | muito\s+car[oa] | (?:júnior|junior|sênior|senior)\s+demais | demasiado\s+(?:júnior|junior|sénior|senior|car[oa])
    | muito\s+acima | te\s+(?:hoog|veel) | fuori\s+budget | troppo\s+(?:alt[eoai]|elevat[eoai])
    # Svenska, Dansk, Norsk
    | för\s+(?:lite|junior|senior|dyr) | for\s+(?:lidt|lite|junior|senior|dyr) | inte\s+(?:tillräckligt|nog)\s+(?:senior
        |erfaren|stark) | ikke\s+(?:senior|erfaren|stærk|sterk|god)\s+nok
    # Polish, Czech and Slovak: ops who add "nie" or "ne" under `pass` (README) get their managers' reasons read
    | (?:za|zbyt)\s+(?:mało\s+doświadcz\w+|młod\w*|junior\w*|senior\w*|drog\w*|słab\w*|wysok\w*)
    | brak(?:uje)?\s+(?:(?:mu|jej)\s+)?doświadczenia | nie\s+ma\s+(?:wystarczającego\s+|odpowiedniego\s+)?doświadczenia
    | nie\s+pasuje | nie\s+nadaje\s+się | nie\s+ten\s+(?:poziom|profil) | nie\s+tym\s+razem | szukamy\s+kogoś
    | (?:stanowisko|rola)\s+(?:jest\s+)?(?:już\s+)?obsadzon\w*
    | nemá\s+(?:dost\s+|dostatek\s+|potřebné\s+)?zkušenost\w* | málo\s+zkušeností
    | (?:moc|příliš)\s+(?:junior\w*|senior\w*|drah\w*|mlad\w*|slab\w*) | nehodí\s+se | tentokrát\s+ne
    | hledáme\s+někoho | (?:pozice|místo)\s+(?:je\s+)?(?:už\s+)?obsazen\w*
    | nemá\s+(?:dosť\s+|dostatok\s+|potrebné\s+)?skúsenost\w* | málo\s+skúseností
    | (?:príliš|veľmi)\s+(?:junior\w*|senior\w*|drah\w*|mlad\w*|slab\w*) | nehodí\s+sa | tentoraz\s+nie
    | hľadáme\s+niekoho | (?:pozícia|miesto)\s+(?:je\s+)?(?:už\s+)?obsaden\w*
    )(?![\w'-])
""", _FLAGS)

_SUPPORTS = {"interview": _SUPPORTS_YES, "pass": _SUPPORTS_NO}
# After a yes, an exclamation that is the whole remainder agrees ("Yes, great", "Ja, super, danke"); in a sentence it
# may praise anything ("Yes, great to hear from you").
_AGREED = re.compile(r"""
    (?: great | perfect | awesome | excellent | cool | super | 100\s*% | sounds\s+good | sehr\s+gerne | prima | top
      | perfekt | klingt\s+gut | parfait | ça\s+me\s+va | (?:me\s+)?parece\s+bien | perfecto | genial | perfetto
      | va\s+bene | ótimo | está\s+bem | asap )(?![\w'-])
""", _FLAGS)
# "Thursday works", "Tuesday or Wednesday works for me", "Let's do Thursday": a time for the interview, all of it.
_TIME_AGREED = re.compile(r"(?:let's\s+do\s+)?(?P<time>.*?)\s*(?:works|suits\s+me|is\s+fine|passt|geht|me\s+va|"
                          r"marche|me\s+sirve|past|va\s+bene|funciona)?(?:\s+(?:for\s+me|fine|well))?[.!]*", re.I)
# "No problem", "no worries" after a yes are courtesy, not a negation of it.
_NO_BOTHER = re.compile(r"(?<![\w'-])(?:no\s+(?:problem|worries|prob)|geen\s+probleem|nessun\s+problema|"
                        r"sem\s+problema|nie\s+ma\s+problemu|inga\s+problem|ingen\s+problem(?:er)?)(?![\w'-])", re.I)
_NEGATION = re.compile(r"(?<![\w'-])(?:not|no|never|nicht|kein\w*|pas|ne|nunca|niet|geen|non|não|nie|inte|ikke|ingen|"
                       r"nessun\w*)(?![\w'-])|n't\b", re.I)


def stands(verb: str, said: str) -> bool:
    """Does a yes/no read as `verb` stand as the decision, given what the manager `said` after it (the rest of its
    line, and the next line when it stood alone)? "" stands. Only "interview" and "pass" are judged.

    >>> stands("pass", "not senior enough"), stands("pass", "I need more time to review.")
    (True, False)
    """
    text = " ".join(said.replace("’", "'").split())
    if not text or verb not in _SUPPORTS:
        return True
    if only_courtesy(text, _AGREED if verb == "interview" else None):
        return True
    if _AGAINST.search(text):
        return False
    if verb == "interview" and _NEGATION.search(_NO_BOTHER.sub("", text)):
        return False
    return bool(_SUPPORTS[verb].search(text)) or sentences.decision([text]) == verb or \
        (verb == "interview" and _only_a_time_agreed(text))


def _only_a_time_agreed(text: str) -> bool:
    """Is `text` (after any courtesy before it) a time for the interview: "next week", "Tuesday or Wednesday works",
    "thanks! Let's do Thursday", "ideally this week"?"""
    said = _TIME_AGREED.fullmatch(_LEADING_SOFTENER.sub("", _after_courtesy(text)))
    time = said.group("time").strip(" ,") if said else ""
    if re.fullmatch(r"(?:that|it|this|either|both|asap)?", time, re.I):
        return bool(said) and said.group() != time
    return all(only_a_time(part) for part in _ALTERNATIVES.split(time))


# "Tuesday or Wednesday", "Montag oder Dienstag": each a time.
_ALTERNATIVES = re.compile(r"\s+(?:or|and|oder|und|ou|et|o|y|of|en|e)\s+", re.I)


# "ideally this week", "asap, next week": a wish about the time, still a time.
_LEADING_SOFTENER = re.compile(r"^(?:ideally|preferably|if\s+possible|asap|soon|idealerweise|de\s+préférence|"
                               r"idealmente|bij\s+voorkeur|preferibilmente)[\s,]*", re.I)


def _after_courtesy(text: str) -> str:
    """`text` without the courtesy it starts with: "thanks Rita! Let's do Thursday" → "Let's do Thursday" (a name
    only right after a courtesy word, so "Thursday works" keeps its day)."""
    after_word = False
    while True:
        match = _COURTESY.match(text) or (_NAME.match(text) if after_word else None)
        if not match or not match.group():
            return text
        after_word = match.re is _COURTESY and match.group()[0].isalpha()
        text = text[match.end():].lstrip(" ,.;:!-–—")


def only_courtesy(text: str, also: re.Pattern[str] | None = None) -> bool:
    """Every word of `text` is courtesy (thanks, please, sorry, a sign-off, a name, punctuation or an emoji), or
    matches `also`."""
    rest = text
    while rest:
        match = _COURTESY.match(rest) or _NAME.match(rest) or (also.match(rest) if also else None)
        if not match or not match.group():
            return False
        rest = rest[match.end():].lstrip(" ,.;:!-–—")
    return True


# A first clause after a yes or no that answers something the recruiter did not ask: after a no, that there are no
# questions or objections ("Nee, ik heb geen vragen", "No, tutto chiaro"); after a yes, that the mail came or was read
# ("Ja, ontvangen", "Sì, l'ho letto"). The decision, if any, is then what the rest of the line says in a sentence.
_ELSE_AFTER = {
    "pass": re.compile(r"""
        (?:i\s+have\s+)?no\s+(?:questions|objections?|doubts) | all\s+(?:clear|good) | keine\s+(?:fragen|einwände)
      | alles\s+klar | (?:je\s+n'ai\s+)?pas\s+de\s+questions? | aucune\s+question | sin\s+preguntas | todo\s+claro
      | (?:ik\s+heb\s+)?geen\s+(?:vragen|bezwaar) | nessuna\s+domanda | nessun\s+dubbio | tutto\s+chiaro
      | (?:não\s+tenho\s+)?(?:sem\s+)?dúvidas? | tudo\s+(?:certo|claro) | (?:nie\s+mam\s+)?pyta[ńn] | wszystko\s+jasne
      | inga\s+frågor | ingen\s+(?:spørgsmål|spørsmål)""", _FLAGS),
    "interview": re.compile(r"""
        got\s+it | received | (?:i(?:'ve|\s+have)\s+)?(?:read|seen)\s+it | erhalten | bekommen | (?:bien\s+)?reçu
      | recibido | ontvangen | (?:ik\s+heb\s+het\s+)?(?:gelezen|bekeken) | ricevuto | l'ho\s+(?:letto|visto)
      | recebid[oa] | (?:já\s+)?vi(?:\s+o\s+cv)? | li\s+o\s+cv | przeczytał[ae]m | (?:jag\s+har\s+)?läst(?:\s+det)?
      | (?:jeg\s+har\s+)?(?:læst|lest)(?:\s+det)? | modtaget | mottatt""", _FLAGS),
}


def after_else(verb: str, said: str) -> str | None:
    """What follows a first clause that answers something else ("Nee, ik heb geen vragen, graag een gesprek" →
    "graag een gesprek"), or None when `said` does not open with one. Only its rest may then decide."""
    pattern = _ELSE_AFTER.get(verb)
    parts = re.split(r"([,.;:!]+)", said.strip(), maxsplit=1)
    if pattern is None or len(parts) < 3 or not pattern.fullmatch(parts[0].strip()):
        return None
    return parts[2].strip()


# A line under a decision that takes it back or makes it wait: a condition opening it ("If Sam agrees."), or a
# change of mind ("On second thought, …", "Just kidding", "Wobei – lieber doch nicht", "En fait non").
_UNDOES = re.compile(r"""
    ^\W*(?:if|unless|provided|assuming|only\s+if|as\s+long\s+as|wenn|falls|sofern|nur\s+wenn|sauf\s+si
      | à\s+condition | pourvu\s+que | si(?=\s+[^\W\d_]) | siempre\s+(?:y\s+)?cuando | a\s+menos\s+que | salvo\s+que
      | tenzij | purché | a\s+meno\s+che | desde\s+que | jeśli | jeżeli | hvis | ifall | dersom)(?![\w'-])
      # "If possible next week" softens the time, not the decision
      (?!\s+(?:es\s+|è\s+)?(?:possible|possibly|möglich|posible|possibile|possível|mogelijk|możliwe|mulig|möjligt))
    | (?<![\w'-])(?:on\s+second\s+thoughts? | (?:just\s+)?kidding | jk | scratch\s+that | actually,?\s+no
      | wobei | doch\s+nicht | eigentlich\s+nicht | en\s+fait,?\s+non | à\s+la\s+réflexion | finalement\s+non
      | pensándolo\s+bien | mejor\s+no | en\s+realidad\s+no | pensandoci\s+bene | anzi\s+no
      | pensando\s+bem | na\s+verdade\s+não | bij\s+nader\s+inzien | toch\s+niet)(?![\w'-])
""", _FLAGS)


def undone_below(verb: str, below: list[str]) -> bool:
    """Do the lines under a yes/no's line (up to the sign-off) take its decision `verb` back: a condition or a change
    of mind, or a phrase naming another decision ("Yes, let's interview her.\nJust kidding, let's pass.")?"""
    text = " ".join(" ".join(line.replace("’", "'").split()) for line in below)
    if any(_UNDOES.search(" ".join(line.split())) for line in below):
        return True
    return bool(sentences.named([text]) - {verb}) if text else False


# A snooze's comment that decides, or gives a reason against the candidate: the snooze is then no snooze ("Te
# respondo mañana, pero paso" says pass; "… - no encaja" is a reason, unsure without its verb). A remark for her
# ("remind me Monday, she looks great") leaves the snooze. A leading "but" is not part of the decision.
_LEADING_BUT = re.compile(r"^\W*(?:but|however|aber|mais|pero|mas|ma|maar|men|ale)\s+", re.I)


def lone_word_after_but(comment: str) -> str | None:
    """The one word of a snooze's comment that is only "but" and that word ("Te respondo mañana, pero paso"), for
    the caller to read as a decision: the manager asked for time and then said the decision plainly. Anything more
    ("…, I'd like to interview her but need budget", "…, not a fit for now", "…, but I think we'll pass")
    leaves the snooze a snooze: the manager asked to be reminded, and a reason or a wish is not a decision taken
    now (review 8: reading those as the decision rejected or booked candidates the manager meant to come back to)."""
    text = " ".join(comment.replace("’", "'").split()).strip(" \t-–—,.;:!")
    after = _LEADING_BUT.sub("", text)
    word = after.strip(" \t.!")
    return word if after != text and word and " " not in word else None
