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
# Where "does not fit" is said of the candidate: at the end of its clause, or with the team, the role or us after it
# ("past niet in het team", "passer ikke til stillingen"), not "passer ikke helt" (not quite) or "in our budget".
_FIT_END = (r"(?=\s*(?:$|[.,;:!—–-])|\s+(?:\w+\s+){0,2}(?:team|teamet|het team|rol|rollen|functie|profiel|ons|oss|os|"
            r"noi|ruolo|profilo|posizione|perfil|vaga|função|zespołu|roli|stanowiska|nas|tjänsten|stillingen|"
            r"stillinga|jobbet|rolle)\b)")
# A "not mine" phrase ends its clause or names the role ("Niet mijn vacature, vraag Tom"), never "ikke min stilling
# at vurdere" (not my place to judge).
_MINE_END = r"(?:\s+(?:per|por|para|for|för|til|dla)\s+(?:\w+\s+)?\w+)?(?=\s*(?:$|[.,;:!?—–-]))"

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
        r"(?:lad os|låt oss|la oss) (?:tage|ta|holde|hålla|booke|boka|sette opp) (?:en |et )?(?:samtale|samtal|intervju|"
        r"interview|snak|prat|pratstund)",
    ),
    "pass": (
        # Nederlands
        rf"(?:ze|zij|hij|het profiel|de kandida(?:at|te)) past (?:helaas |gewoon |echt )?niet{_FIT_END}",
        rf"past (?:ze|zij|hij|het) (?:helaas |gewoon |echt )?niet{_FIT_END}",
        rf"(?:we|wij|ik) ga(?:an)? (?:helaas )?niet (?:verder|door) met {_HER}", r"geen interesse(?! (?:in|om|voor)\b)",
        r"niet geïnteresseerd", r"^liever niet(?=\s*(?:$|[.,;!]))", r"niet geschikt",
        rf"(?:ik|we|wij) wil(?:len)? {_HER} niet (?:spreken|zien|uitnodigen)",
        # Italiano
        rf"non (?:è|e') (?:in linea|adatt[oa]){_FIT_END}",
        r"non (?:è|e') in linea con (?:il |lo |la )?(?:profilo|ruolo|posizione|requisiti|quello che cerchiamo)", r"non (?:ci|mi) interessa(?=\s*(?:$|[.,;!]))", r"non (?:ci|mi) convince",
        r"non fa per noi", r"non procederei", r"non procediamo", r"^(?:io |eu )?passo(?=\s*(?:$|[.,;!]))",
        r"^direi di no(?=\s*(?:$|[.,;!]))", r"non (?:sono|siamo) interessat[ioae]",
        # Português
        r"não tem o perfil", rf"(?:ela|ele|infelizmente|o perfil) não (?:serve|se encaixa|se enquadra){_FIT_END}",
        rf"não se (?:enquadra|encaixa){_FIT_END}",
        r"não (?:tenho|temos) interesse(?! (?:em|no|na|por)\b)", r"não (?:estou|estamos) interessad[oa]s?",
        r"vou passar (?:essa|esta|nessa|nesta)",
        r"^dispenso(?=\s*(?:$|[.,;!]))",
        # Polski
        # "nie pasuje" of the candidate, not of a date ("Nie pasuje mi ten termin")
        rf"(?:niestety|ona|on|kandydatka|kandydat|profil) nie pasuje{_FIT_END}", rf"^nie pasuje{_FIT_END}",
        r"nie (?:jesteśmy|jestem) zainteresowan[iya]", r"rezygnuj(?:emy|ę)\b", r"odpuszczamy\b",
        # Svenska, dansk, norsk
        r"(?:hon|han|hun|profilen|kandidaten) (?:passar|passer) (?:tyvärr |dessvärre |desværre |dessverre |nok )?"
        rf"(?:inte|ikke){_FIT_END}",
        rf"(?:tyvärr|dessvärre|desværre|dessverre) (?:passar|passer) (?:hon|han|hun) (?:inte|ikke){_FIT_END}",
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
        rf"^(?:dit is |het is )?niet mijn (?:vacature|rol|functie|team|kandida(?:at|te)){_MINE_END}",
        rf"^verkeerde persoon{_MINE_END}", rf"^persona sbagliata{_MINE_END}", rf"^pessoa errada{_MINE_END}",
        rf"^(?:non (?:è|e') )?(?:la )?mia (?:posizione|ricerca|selezione){_MINE_END}",
        rf"non (?:è|e') (?:la )?mia (?:posizione|ricerca|selezione){_MINE_END}",
        rf"^non sono io (?:il |la )?responsabile{_MINE_END}",
        rf"não (?:é|e) (?:a )?minha (?:vaga|posição|equipe|equipa){_MINE_END}",
        rf"^não sou (?:eu )?(?:o |a )?responsável{_MINE_END}",
        rf"^(?:to )?nie (?:jest )?(?:moja rekrutacja|moja rola|moje stanowisko){_MINE_END}",
        rf"^(?:zła|niewłaściwa) osoba{_MINE_END}", rf"^(?:fel|forkert|feil) person{_MINE_END}",
        rf"^(?:det är |det er )?(?:inte|ikke) min (?:tjänst|roll|rekrytering|stilling|rolle|rekruttering){_MINE_END}",
    ),
}

# Words that negate a phrase in its clause, and words that leave a sentence unsure (a condition, a hedge, a
# question word). Not Swedish/Danish/Norwegian "om" ("if", but also "in": "om en vecka"), nor Italian "mai"
# ("never", but German and French "May").
NEGATIONS = ("niet", "geen", "nooit", "non", "nessun", "nessuna", "nessuno", "não", "nem", "inte", "ej", "aldrig",
             "ikke", "ikkje", "aldri", "ingen")
UNSURE = ("misschien", "tenzij", "wellicht", "forse", "magari", "talvez", "jeśli", "jeżeli",
          "czy", "może", "chyba", "kanske", "ifall", "måske", "kanskje", "hvis", "dersom", "eventuelt",
          # Words that are "if" in one language and ordinary in another are a condition only with the words that
          # follow them there: Dutch "als ze" (German "als die anderen" is "than", English "als discussed" a typo),
          # Portuguese "caso ela" (Spanish "en cualquier caso" is "anyway"), Italian and Portuguese "se lei", "se
          # ela", "se non" or "se Sam" (Spanish "se ve", "se adapta", French "se démarque" are reflexive).
          # A capitalised name after them is a condition too ("als Sam akkoord is", "caso Sam concorde"): a German
          # noun after "als" ("als Teamlead") then leaves a decision unread, which is safe; a wrong one is not.
          r"als (?:ze|zij|hij|het|je|jij|u|we|wij|jullie|dat|mogelijk|nodig|er|de|haar|hun|(?-i:[A-Z])[\w'-]*)",
          r"caso (?:ela|ele|você|voce|vocês|seja|queira|tenha|possa|haja|não|nao|a|o|lei|lui|sia|abbia|"
          r"(?-i:[A-Z])[\w'-]*)",
          r"(?:en|in|nel|no|na) caso (?:de|di|che|que|in cui)",
          r"(?<!não )(?<!nao )se (?:lei|lui|ela|ele|você|voce|vocês|tu|voi|loro|eles|elas|il|i|o|os|a|as|è|e'|for|"
          r"forem|tiver|tiverem|estiver|houver|puder|quiser|possibile|possível|possivel|necessario|necessário|serve|"
          r"vuoi|puoi|preferisci|preferir|c'è|ci sono|non|não|nao|va bene|ainda|ancora|hai|tem|fosse|fossi|"
          r"sei|siete|conferma|confermi|accetta|accetti|der|tiver|vier|puderem|quiserem|"
          r"(?-i:[A-Z])[\w'-]*)")
# Where a clause ends in those languages ("… maar …", "… ma …", "… men …").
CLAUSE_WORDS = ("maar", "ma", "però", "mas", "porém", "ale", "men")
