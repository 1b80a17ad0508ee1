"""A manager's decision written as a sentence in Dutch, Italian, Portuguese, Polish, Swedish, Danish and Norwegian
("Graag een gesprek met haar", "Purtroppo non è in linea con il profilo", "Vamos entrevistá-la", "Niestety nie
pasuje", "Vi takker nej"), with the words that negate a phrase or leave it unsure in those languages. Data only:
sentences.py reads them with the same rules as its English, German, French and Spanish (a negation in the clause, a
question, a condition or two decisions leave no decision).

A phrase that holds its own negation ("past niet", "non ci interessa", "passer ikke") is read only when nothing
outside it negates it again."""

from __future__ import annotations

_HER = r"(?:haar|hem|de kandida(?:at|te))"  # nl
_LEI = r"(?:conoscerla|conoscerlo|incontrarla|incontrarlo|sentirla|sentirlo|vederla|vederlo|parlarle|parlargli)"
_ELA = r"(?:entrevistá-la|entrevistá-lo|entrevistar(?: ela| ele)?|conhecê-la|conhecê-lo|(?:a |o )?conhecer|" \
       r"(?:conversar|falar) com (?:ela|ele))"
_ROZMOWA = r"(?:rozmowę|rozmowe|spotkanie|rozmowę kwalifikacyjną|call)"
_HENNE = r"(?:henne|honom|hende|ham|han)"  # sv, da, nb

PHRASES: dict[str, tuple[str, ...]] = {
    "interview": (
        # Nederlands
        r"(?:graag|gaarne) (?:een )?(?:gesprek|interview|kennismaking(?:sgesprek)?)",
        rf"(?:ik wil|ik zou|wij willen|we willen|ik wil graag|ik zou graag) {_HER} (?:graag )?(?:spreken|ontmoeten|"
        r"uitnodigen|leren kennen|interviewen)",
        r"(?:plan|zet|regel|boek) (?:maar |graag |even |gerust )*(?:een |het )?(?:gesprek|interview|kennismaking)\b",
        rf"(?:plan|nodig) (?:{_HER}|het) (?:maar |graag |even |gerust )*(?:in|uit)\b",
        rf"laten we (?:met )?{_HER} (?:spreken|praten|uitnodigen)",
        # Italiano
        r"(?:fissiamo|organizziamo|programmiamo|fissa|organizza|programma|prenota) (?:pure )?(?:un |il |una )?"
        r"(?:colloquio|call|chiamata|incontro)", rf"(?:vorrei|voglio|mi piacerebbe|vorremmo|ci piacerebbe) {_LEI}",
        r"procediamo (?:pure )?con (?:il |un )?colloquio", r"(?:sentiamola|sentiamolo|incontriamola|incontriamolo)\b",
        r"colloquio,? (?:per favore|grazie)",
        # Português
        rf"(?:quero|queria|gostaria de|gostava de|queremos|vamos|bora) {_ELA}",
        r"(?:pode|podes|podem|podemos|vamos|bora) (?:marcar|agendar) (?:uma |a )?(?:entrevista|conversa|call)",
        r"(?:marca|marque|agenda|agende) (?:uma |a )?(?:entrevista|conversa)",
        # Polski
        rf"(?:umówmy|umów|umówcie|zaplanujmy|zaplanuj|zorganizujmy|zorganizuj|proszę umówić|proszę zaplanować) "
        rf"(?:\w+ ){{0,2}}{_ROZMOWA}",
        r"chętnie (?:z nią |z nim )?(?:porozmawiam|poznam|zaproszę|spotkam się)",
        r"(?:zaprośmy|zapraszamy|zaproście|zaproś) (?:ją|go)",
        # Svenska, dansk, norsk
        r"(?:gärna|gerne|gjerne) (?:en |et )?(?:intervju|samtale|jobsamtale|jobbintervju|träff|pratstund|interview)",
        rf"(?:jag|jeg) vil (?:gärna |gerne |gjerne )?(?:träffa|intervjua|prata med|møde|tale med|interviewe|møte|"
        rf"snakke med|intervjue) {_HENNE}",
        r"sett (?:gjerne )?opp (?:et |en )?(?:intervju|samtale)",
        r"(?:boka|book|sett opp|sätt upp) (?:in )?(?:gärna |gerne |gjerne )?(?:en |et )?(?:intervju|samtale|interview)",
        rf"(?:boka in|bjud in|kalla in|inviter|indkald|kall inn) {_HENNE}",
    ),
    "pass": (
        # Nederlands
        r"(?:ze|zij|hij|het profiel|de kandida(?:at|te)) past (?:helaas |gewoon |echt )?niet",
        r"past (?:ze|zij|hij|het) (?:helaas |gewoon |echt )?niet",
        rf"(?:we|wij|ik) ga(?:an)? (?:helaas )?niet (?:verder|door) met {_HER}", r"geen interesse(?! (?:in|om|voor)\b)",
        r"niet geïnteresseerd", r"^liever niet(?=\s*(?:$|[.,;!]))", r"niet geschikt",
        rf"(?:ik|we|wij) wil(?:len)? {_HER} niet (?:spreken|zien|uitnodigen)",
        # Italiano
        r"non (?:è|e') in linea", r"non (?:è|e') adatt[oa]", r"non (?:ci|mi) interessa(?=\s*(?:$|[.,;!]))", r"non (?:ci|mi) convince",
        r"non fa per noi", r"non procederei", r"non procediamo", r"^(?:io |eu )?passo(?=\s*(?:$|[.,;!]))",
        r"^direi di no(?=\s*(?:$|[.,;!]))", r"non (?:sono|siamo) interessat[ioae]",
        # Português
        r"não tem o perfil", r"(?:ela|ele|infelizmente|o perfil) não (?:serve|se encaixa|se enquadra)", r"não se (?:enquadra|encaixa)",
        r"não (?:tenho|temos) interesse(?! (?:em|no|na|por)\b)", r"não (?:estou|estamos) interessad[oa]s?",
        r"vou passar (?:essa|esta|nessa|nesta)",
        r"^dispenso(?=\s*(?:$|[.,;!]))",
        # Polski
        # "nie pasuje" of the candidate, not of a date ("Nie pasuje mi ten termin")
        r"(?:niestety|ona|on|kandydatka|kandydat|profil) nie pasuje(?! mi\b)", r"^nie pasuje(?! mi\b)",
        r"nie (?:jesteśmy|jestem) zainteresowan[iya]", r"rezygnuj(?:emy|ę)\b", r"odpuszczamy\b",
        # Svenska, dansk, norsk
        r"(?:hon|han|hun|profilen|kandidaten) (?:passar|passer) (?:tyvärr |dessvärre |desværre |dessverre |nok )?"
        r"(?:inte|ikke)", r"(?:tyvärr|dessvärre|desværre|dessverre) (?:passar|passer) (?:hon|han|hun) (?:inte|ikke)",
        r"(?:vi|jag) avstår", r"inte intresserad(?:e)?", r"(?:vi|jeg) takker nei", r"(?:vi|jeg) takker nej",
        r"ikke interesse(?:ret|rt)",
    ),
    "hold": (
        rf"(?:zet|houd|hou) (?:{_HER}|het) (?:even |voorlopig |nog |maar )*(?:in de wacht|on hold)",
        r"(?:mettiamola|mettiamolo|mettila|mettilo|teniamola|teniamolo|tienila|tienilo) in (?:attesa|pausa|stand-?by|"
        r"sospeso)",
        r"(?:deixa|deixe|deixar|deixá|fica|coloca|coloque|colocá|mantém|mantenha)(?:-a|-o|-la|-lo)? (?:ela |ele )?"
        r"(?:em espera|em pausa|em stand-?by)",
        r"^wstrzymaj(?:my)?(?: się)?\b",
        rf"(?:lägg|sätt) {_HENNE} på is", rf"(?:sæt|læg|sett|legg) {_HENNE} (?:på pause|på hold|på vent|på is|i bero)",
    ),
    "hired": (
        rf"(?:we hebben|wij hebben|ik heb) {_HER} aangenomen",
        r"l'abbiamo (?:assunt[ao]|pres[ao])", r"(?:è stata|è stato) assunt[ao]",
        r"contrat[aá]mo-(?:la|lo)", r"(?:a|o) contrat[aá]mos", r"contrat[aá]mos (?:ela|ele)",
        r"(?:ela|ele) foi contratad[ao]",
        r"zatrudniliśmy (?:ją|go)", r"(?:została|został) zatrudnion[ya]",
        rf"(?:vi har|jag har|jeg har) (?:anställt|ansat|ansatt) {_HENNE}",
    ),
    "not_mine": (
        r"^(?:dit is |het is )?niet mijn (?:vacature|rol|functie|team|kandida(?:at|te))\b", r"^verkeerde persoon\b",
        r"^(?:non (?:è|e') )?(?:la )?mia (?:posizione|ricerca|selezione)\b", r"non (?:è|e') (?:la )?mia (?:posizione|"
        r"ricerca|selezione)\b", r"^non sono io (?:il |la )?responsabile\b", r"^persona sbagliata\b",
        r"não (?:é|e) (?:a )?minha (?:vaga|posição|equipe|equipa)\b", r"^não sou (?:eu )?(?:o |a )?responsável\b",
        r"^pessoa errada\b",
        r"^(?:to )?nie (?:jest )?(?:moja rekrutacja|moja rola|moje stanowisko)\b", r"^(?:zła|niewłaściwa) osoba\b",
        r"^(?:det är |det er )?(?:inte|ikke) min (?:tjänst|roll|rekrytering|stilling|rolle|rekruttering)\b",
        r"^(?:fel|forkert|feil) person\b",
    ),
}

# Words that negate a phrase in its clause, and words that leave a sentence unsure (a condition, a hedge, a
# question word). Not Swedish/Danish/Norwegian "om" ("if", but also "in": "om en vecka"), nor Italian "mai"
# ("never", but German and French "May").
NEGATIONS = ("niet", "geen", "nooit", "non", "nessun", "nessuna", "nessuno", "não", "nem", "inte", "ej", "aldrig",
             "ikke", "ikkje", "aldri", "ingen")
UNSURE = ("misschien", "als", "tenzij", "wellicht", "forse", "magari", "talvez", "caso", "jeśli", "jeżeli",
          "czy", "może", "chyba", "kanske", "ifall", "måske", "kanskje", "hvis", "dersom", "eventuelt",
          r"(?<!não )(?<!nao )se")
# Where a clause ends in those languages ("… maar …", "… ma …", "… men …").
CLAUSE_WORDS = ("maar", "ma", "però", "mas", "porém", "ale", "men")
