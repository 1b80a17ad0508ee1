"""Whether a manager's "yes" or "no" is the decision, judged by what follows it: "No, not senior enough" decides,
"No. I need more time to review." answers whether they have looked, "Yes, but let me ask Sam" defers, "Non, il n'y a
pas de log mysql" answers another question altogether.

A yes/no is read as the decision only when the words after it (on its line, or on the next line when it stood
alone) support it or say nothing: a courtesy ("Yes please", "No, sorry"), a time for the interview ("Yes, next
week"), the same decision in words ("No, I'll pass"), a remark on the candidate that goes with it ("Yes, she looks
great", "Nein, zu wenig Erfahrung"), or a next step of the interview ("Yes — set it up"). Anything else, and any
deferral, acknowledgement, request, question, condition or "but", leaves no decision: the reply stays the manager's
answer for the recruiter to read. The lists below name what supports; what they miss errs to no decision.
"""

from __future__ import annotations

import re

from mailer.reading import sentences
from mailer.reading.commandtimes import only_a_time

# Answer particles: a word that answers the mail's question ("Do you want to interview her?") without naming the
# decision, so what follows it says what it answers. Explicit words ("interview", "pass", "not a fit") name it.
PARTICLES = frozenset({
    "yes", "y", "yes please", "yep", "yup", "sure", "ja", "klar", "oui", "sí", "si", "claro", "ja graag", "sì", "sim",
    "👍", "no", "n", "nope", "nah", "no thanks", "no thank you", "nein", "nö", "nein danke", "non", "non merci",
    "no gracias", "nee", "nee dank je", "nee bedankt", "no grazie", "não", "não obrigado", "não obrigada", "👎",
})

_FLAGS = re.I | re.X

# Says nothing for or against: thanks, please, sorry, a sign-off, an emoji, the reader's or writer's name.
_COURTESY = re.compile(r"""
    (?: thanks | thank\s+you | many\s+thanks | thx | ty | cheers | please | pls | sorry(?:\s+for\s+the\s+(?:delay|late
        \s+(?:reply|answer|response)|slow\s+(?:reply|response)))? | of\s+course | definitely | absolutely | sure
      | danke(?:\s+schön)? | vielen\s+dank | bitte | gerne | gern | klar | grüße | viele\s+grüße | lg | vg
      | merci(?:\s+beaucoup)? | volontiers | avec\s+plaisir | s'il\s+te\s+pla[iî]t | s'il\s+vous\s+pla[iî]t | svp
      | stp | bien\s+sûr | cordialement | bonne\s+journée
      | gracias | muchas\s+gracias | por\s+favor | claro | saludos | un\s+saludo | perdón
      | graag | dank\s+je(?:\s+wel)? | dank\s+u(?:\s+wel)? | bedankt | groet(?:en)? | met\s+vriendelijke\s+groet | mvg
      | grazie(?:\s+mille)? | per\s+favore | certo | volentieri | saluti | cordiali\s+saluti
      | obrigad[oa] | muito\s+obrigad[oa] | com\s+certeza | abraços? | atenciosamente | cumprimentos
      | and | und | et | y | e | en )(?![\w'-])
    | (?-i:[A-ZÀ-Ý][\w'-]*) | [^\w\s]
""", _FLAGS)

# Against the decision whatever else is said: a deferral or acknowledgement, a need for time, not knowing, a
# request, a condition, a contrast ("but"), a question, another matter (the link, the attachment, access).
_AGAINST = re.compile(r"""
    \? | (?<![\w'-])(?:
      but | however | though | although | aber | jedoch | doch | mais | cependant | pero | sin\s+embargo
    | maar(?!\s+in(?![\w'-]))
    | ma | però | tuttavia | mas | porém | contudo
    | if | unless | assuming | provided | depends | depending | wenn | falls | außer | sofern | je\s+nach | si | sauf
    | selon | a\s+menos | salvo | depende | als | tenzij | afhankelijk | se | purché | a\s+meno | dipende | caso
    | maybe | perhaps | probably | possibly | not\s+sure | vielleicht | wahrscheinlich | peut-être | probablement
    | quizás? | tal\s+vez | probablemente | misschien | waarschijnlijk | forse | probabilmente | talvez | provavelmente
    | yet | still | noch | encore | todavía | aún | nog | ancora | ainda
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
    | can\s+you | could\s+you | would\s+you | send\s+(?:me|it|us|the|again|over) | resend | re-send
    | kannst\s+du | können\s+sie | schick\w*
    | peux-tu | pouvez-vous | renvo\w+ | envoie\w* | puedes | podrías | reenvi\w+ | env[ií]a\w* | kun\s+je | kunt\s+u
    | stuur\w* | puoi | potresti | rimand\w+ | pode | poderia
    | link | attach\w* | pdf | file | access | e-?mail | mail | address | anhang | pièce\s+jointe | lien | adjunto
    | enlace | bijlage | allegato | anexo
    | erhalten | bekommen | reçu | recibid[oa] | ontvangen | ricevut[oa] | recebid[oa] | got\s+it | received
    | abstimmen | sprechen\s+mit | voir\s+avec | en\s+parler | consultar\w* | hablo\s+con | overleggen | sentire
    | falar\s+com
    )(?![\w'-])
""", _FLAGS)

# A remark that goes with a yes: the candidate looks good, or a next step of the interview.
_SUPPORTS_YES = re.compile(r"""
    (?<![\w'-])(?:
      (?:looks?|sounds?|seems?)\s+(?:really\s+|very\s+|super\s+)?(?:great|good|strong|solid|interesting|promising
        |excellent|perfect|fine)
    | (?:great|good|strong|solid|interesting|promising|excellent|impressive|nice)\s+(?:profile|candidate|cv|resume
        |background|fit|match|one)
    | (?:she|he|they)(?:'s|\s+is|\s+are|'re)\s+(?:really\s+|very\s+)?(?:great|good|strong|solid|impressive)
    | go\s+ahead | set\s+(?:it\s+|this\s+|that\s+|one\s+|her\s+|him\s+|something\s+)?up | schedule | book
    | arrange | invite | bring\s+(?:her|him|them)\s+in | let's\s+(?:do\s+it|meet|talk|chat|go)
    | (?:meet|talk\s+to|speak\s+(?:to|with)|chat\s+with|interview)\s+(?:her|him|them)
    | looking\s+forward | look\s+forward | interested | more\s+like\s+(?:her|him|them|this)
    # Deutsch
    | (?:klingt|sieht)\s+(?:sehr\s+)?(?:gut|super|spannend|interessant|stark)
    | (?:starkes|gutes|tolles|spannendes|interessantes|super)\s+profil | einladen | lade\s+(?:sie|ihn)\s+ein
    | termin | kennenlernen | gespräch
    # Français
    | (?:très\s+|vraiment\s+)?(?:bon|beau|excellent|intéressant|solide)\s+profil | profil\s+(?:très\s+)?intéressant
    | très\s+intéressant | entretien | rencontr\w+ | organise\w* | ça\s+marche | allons-y
    # Español
    | (?:muy\s+)?(?:buen|excelente|interesante|sólido)\s+perfil | me\s+interesa | adelante | entrevist\w*
    | ag[eé]nd\w+ | tr[aá]ela | tr[aá]elo | hablemos | perfecto | genial
    # Nederlands
    | gesprek | (?:in)?plannen | plan\s+(?:maar\s+)?in | (?:sterk|goed|interessant)\s+profiel | uitnodigen
    # Italiano
    | colloquio | organizziamo | fissiamo | mi\s+interessa | (?:ottimo|buon|bel)\s+profilo
    | profilo\s+(?:molto\s+)?(?:buono|interessante|ottimo)
    # Português
    | marc\w+\s+(?:a\s+)?entrevista | (?:ótimo|bom|excelente|interessante)\s+perfil | perfil\s+(?:ótimo|excelente)
    | vamos\s+entrevist\w+ | me\s+interessa | tenho\s+interesse
    )
""", _FLAGS)

# A reason that goes with a no: the candidate does not fit, or the role is gone.
_SUPPORTS_NO = re.compile(r"""
    (?<![\w'-])(?:
      too\s+(?:junior|senior|expensive|inexperienced|green)
    | not\s+(?:senior|experienced|strong|technical|qualified|good)\s+enough | not\s+enough\s+(?:\w+\s+){0,2}
        (?:experience|skills|seniority|depth)
    | lacks? | lacking | (?:over|under)qualified | weak | (?:don't|do\s+not)\s+think\s+(?:[\w']+\s+){0,4}(?:fit|match)
    | (?:not|n't)\s+(?:be\s+)?(?:a\s+|the\s+)?(?:good\s+|right\s+|great\s+|strong\s+)?(?:fit|match)
    | (?:isn't|is\s+not|not)\s+(?:what|who)\s+we(?:'re|\s+are)?\s+(?:looking\s+for|need)
    | not\s+what\s+we(?:'re|\s+are)?\s+looking\s+for | not\s+the\s+right\s+(?:fit|profile|level|person)
    | needs?\s+(?:someone|somebody|a\s+more|more\s+(?:\w+\s+)?(?:experience|skills|seniority))
    | salary | too\s+expensive | above\s+(?:our\s+)?(?:range|budget)
    | went\s+with | chose | picked | hired\s+(?:someone|another|a\s+different)
    | (?:role|position|req|job)\s+(?:is\s+|has\s+been\s+)?(?:already\s+)?(?:filled|closed|gone)
    | filled\s+(?:the|this)\s+(?:role|position)
    # Deutsch
    | zu\s+(?:wenig|junior|senior|teuer|unerfahren) | nicht\s+(?:senior|erfahren|gut)\s+genug | passt\s+nicht
    | (?:stelle|position)\s+(?:ist\s+)?(?:schon\s+|bereits\s+)?(?:besetzt|vergeben)
    | (?:schon|bereits)\s+besetzt | fehlt\s+(?:ihr\s+|ihm\s+)?(?:die\s+|an\s+)?erfahrung
    # Français
    | trop\s+(?:junior|senior|cher) | pas\s+assez\s+(?:senior|d'expérience|expérimentée?)
    | ne\s+(?:correspond|convient)\s+pas | manque\s+d'expérience | pourvu | autre\s+candidat\w*
    | pas\s+le\s+bon\s+profil
    # Español
    | le\s+falta | falta\s+experiencia | (?:muy|demasiado)\s+(?:junior|senior) | no\s+encaja | otro\s+candidato
    | no\s+es\s+el\s+perfil | no\s+tiene\s+(?:la\s+|suficiente\s+|bastante\s+)?experiencia
    # Nederlands
    | te\s+(?:weinig|junior|senior|duur) | niet\s+(?:senior|ervaren)\s+genoeg | past\s+niet | andere\s+kandidaat
    # Italiano
    | troppo\s+(?:junior|senior) | non\s+ha\s+abbastanza | poca\s+esperienza | non\s+è\s+adatt[oa] | altro\s+candidato
    # Português
    | falta\s+(?:de\s+)?experiência | muito\s+(?:júnior|junior|sênior|senior) | não\s+tem\s+o\s+perfil
    | não\s+se\s+encaixa | pouca\s+experiência | outro\s+candidato
    )
""", _FLAGS)

_SUPPORTS = {"interview": _SUPPORTS_YES, "pass": _SUPPORTS_NO}
# "No problem", "no worries" after a yes are courtesy, not a negation of it.
_NO_BOTHER = re.compile(r"(?<![\w'-])no\s+(?:problem|worries|prob)(?![\w'-])", re.I)
_NEGATION = re.compile(r"(?<![\w'-])(?:not|no|never|nicht|kein\w*|pas|ne|nunca|niet|geen|non|não)(?![\w'-])|n't\b",
                       re.I)


def stands(verb: str, said: str) -> bool:
    """Does a yes/no read as `verb` stand as the decision, given what the manager `said` after it (the rest of its
    line, and the next line when it stood alone)? "" stands. Only "interview" and "pass" are judged.

    >>> stands("pass", "not senior enough"), stands("pass", "I need more time to review.")
    (True, False)
    """
    text = " ".join(said.replace("’", "'").split())
    if not text or verb not in _SUPPORTS:
        return True
    if only_courtesy(text):
        return True
    if _AGAINST.search(text):
        return False
    if verb == "interview" and _NEGATION.search(_NO_BOTHER.sub("", text)):
        return False
    return bool(_SUPPORTS[verb].search(text)) or sentences.decision([text]) == verb or \
        (verb == "interview" and only_a_time(_LEADING_SOFTENER.sub("", text)))


# "ideally this week", "asap, next week": a wish about the time, still a time.
_LEADING_SOFTENER = re.compile(r"^(?:ideally|preferably|if\s+possible|asap|soon|idealerweise|de\s+préférence|"
                               r"idealmente|bij\s+voorkeur|preferibilmente)[\s,]*", re.I)


def only_courtesy(text: str) -> bool:
    """Every word of `text` is courtesy: thanks, please, sorry, a sign-off, a name, punctuation or an emoji."""
    rest = text
    while rest:
        match = _COURTESY.match(rest)
        if not match or not match.group():
            return False
        rest = rest[match.end():].lstrip(" ,.;:!-–—")
    return True
