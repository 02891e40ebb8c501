namespace WhatStyle.Tools.Tone.Rules;

/// <summary>The pieces a crisis is told with, each harmless alone: "took", "all", "pills"; "knife", "hiding".</summary>
internal enum CrisisConcept
{
    Took, All, Meds, Container, Sorry, Farewell, HighPlace, Wrists, Cut, Blood,
    Weapon, Hiding, Stranger, Fire, Trapped, Home, Water, Rising, Following,
    Swelling, FaceOrThroat, SwallowOrBreathe, BiteOrSting, Numb, Limb, Chest, BreathingTrouble, Unresponsive, Fell,
    Hospital, Family, Hurt, AgainstSomething, TookMyThings, Locked, Again, Bruises, Unexplained,
    NotAnswering, NotBack, Unreachable, Lost, Dark,
}

/// <summary>
/// The words and short phrases of each <see cref="CrisisConcept"/> in en, es, fr, de and pt, folded (lower case, straight
/// apostrophes). Accented words are also matched typed without their accents (<see cref="CrisisFrames"/> adds those forms).
/// </summary>
/// <remarks>
/// Written for this project from the kinds of situation crisis lines describe. Each list stays narrow on purpose: a
/// concept only ever counts beside others (<see cref="CrisisFrames"/>), but a loose one ("fire" for a fireplace, "took" for
/// a photo) would still make its frames fire on ordinary chat.
/// </remarks>
internal static class CrisisConcepts
{
    public static readonly (CrisisConcept Concept, string[] Phrases)[] All =
    [
        (CrisisConcept.Took,
        [
            "took", "taken", "swallowed", "downed", "tomé", "me tomé", "tomado", "tragué", "me tragué", "ingerí", "pris", "avalé",
            "genommen", "geschluckt", "eingenommen", "tomei", "tomou", "engoli", "engoliu", "ingeri",
        ]),
        (CrisisConcept.All,
        [
            "all", "whole", "entire", "every", "handful", "bunch", "rest of", "todo", "toda", "todos", "todas", "entera", "entero",
            "puñado", "tout", "toute", "tous", "toutes", "entière", "alle", "allen", "ganze", "ganzen", "gesamte", "restlichen",
            "tudo", "inteira", "inteiro",
        ]),
        (CrisisConcept.Meds,
        [
            "pills", "tablets", "meds", "medication", "medications", "medicine", "painkillers", "sleeping pills", "paracetamol",
            "tylenol", "advil", "ibuprofen", "aspirin", "xanax", "valium", "insulin", "antidepressants", "pastillas", "pastis",
            "medicamentos", "medicinas", "remedios", "somníferos", "ibuprofeno", "botiquín", "diazepam", "ansiolíticos", "cachets",
            "comprimés", "médocs", "médicaments", "somnifères", "doliprane", "anxiolytiques", "antidépresseurs", "tabletten",
            "pillen", "medikamente", "schlaftabletten", "schmerztabletten", "remédios", "comprimidos", "pílulas", "calmantes",
            "rivotril", "antidepressivos",
        ]),
        (CrisisConcept.Container,
        [
            "box", "bottle", "packet", "pack", "strip", "blister", "caja", "bote", "frasco", "blíster", "tableta", "boîte",
            "boite", "plaquette", "flacon", "tube", "packung", "schachtel", "flasche", "dose", "caixa", "cartela", "vidro",
        ]),
        (CrisisConcept.Sorry,
        [
            "sorry for everything", "forgive me", "i'm sorry", "im sorry", "perdón", "perdóname", "perdonadme", "lo siento",
            "pardon", "pardonne-moi", "désolé", "désolée", "tut mir leid", "verzeih mir", "verzeiht mir", "desculpa",
            "desculpe", "me perdoa", "me perdoem", "perdão",
        ]),
        (CrisisConcept.Farewell,
        [
            "goodbye", "goodbyes", "farewell", "say bye", "said bye", "despedirme", "despedida", "despedirse", "adieu", "adieux",
            "dire au revoir", "abschied", "abschiedsbrief", "lebewohl", "tschüss sagen", "adeus", "me despedir", "despedida",
        ]),
        (CrisisConcept.HighPlace,
        [
            "bridge", "roof", "rooftop", "ledge", "edge of", "cliff", "overpass", "train tracks", "parking garage", "puente",
            "azotea", "tejado", "cornisa", "acantilado", "las vías", "pont", "toit", "falaise", "les rails", "brücke",
            "dach", "klippe", "gleis", "gleisen", "gleise", "ponte", "telhado", "laje", "parapeito", "penhasco", "trilhos",
            "viaduto",
        ]),
        (CrisisConcept.Wrists, ["wrist", "wrists", "muñecas", "poignets", "poignet", "handgelenke", "handgelenk", "pulsos"]),
        (CrisisConcept.Cut,
        [
            "cut", "cutting", "sliced", "blade", "razor", "cortado", "corté", "cortes", "cuchilla", "coupé", "coupée", "lame",
            "geritzt", "ritzen", "klinge", "cortei", "cortou", "lâmina", "gilete",
        ]),
        (CrisisConcept.Blood,
        [
            "blood", "bleeding", "bleeds", "sangre", "sangrando", "sangra", "sang", "saigne", "saigné", "blut", "blutet",
            "sangue", "sangrando",
        ]),
        (CrisisConcept.Weapon,
        [
            "knife", "knives", "gun", "guns", "pistol", "rifle", "machete", "shotgun", "cuchillo", "navaja", "pistola", "arma",
            "escopeta", "couteau", "couteaux", "flingue", "pistolet", "fusil", "messer", "waffe", "pistole", "gewehr", "knarre",
            "faca", "facão", "revólver", "oitão",
        ]),
        (CrisisConcept.Hiding,
        [
            "hiding", "hidden", "barricaded", "escondido", "escondida", "escondidos", "escondidas", "nos escondimos",
            "metidos", "caché", "cachée", "cachés", "cachées", "planqué", "planquée", "planqués", "versteckt", "verstecken",
            "verschanzt", "escondendo", "trancados",
        ]),
        (CrisisConcept.Stranger,
        [
            "guy", "guys", "man", "men", "someone", "somebody", "stranger", "dude", "un tipo", "unos tipos", "un hombre",
            "unos hombres", "alguien", "un tío", "un desconocido", "un mec", "des mecs", "un type", "un homme", "quelqu'un",
            "un groupe", "un inconnu", "ein typ", "so ein typ", "ein mann", "männer", "jemand", "ein kerl", "typen",
            "um cara", "uns caras", "um homem", "alguém", "um sujeito", "um estranho",
        ]),
        (CrisisConcept.Fire,
        [
            "smoke", "fire", "flames", "burning", "blaze", "humo", "fuego", "llamas", "incendio", "ardiendo", "fumée", "feu",
            "flammes", "incendie", "brûle", "rauch", "feuer", "flammen", "brennt", "qualm", "fumaça", "fogo", "chamas",
            "incêndio", "pegando fogo",
        ]),
        (CrisisConcept.Trapped,
        [
            "trapped", "stuck inside", "can't get out", "cant get out", "atrapado", "atrapada", "atrapados", "no puedo salir",
            "no podemos salir", "coincé", "coincée", "coincés", "bloqués", "peux pas sortir", "eingeschlossen",
            "komme nicht raus", "kommen nicht raus", "nicht auf", "preso", "presa", "presos", "não consigo sair",
            "nao consigo sair",
        ]),
        (CrisisConcept.Home,
        [
            "door", "hallway", "stairwell", "stairs", "flat", "apartment", "building", "bedroom", "kitchen", "puerta", "pasillo",
            "escalera", "escaleras", "piso", "edificio", "cocina", "porte", "couloir", "escalier", "appart", "appartement",
            "immeuble", "cuisine", "tür", "flur", "treppenhaus", "wohnung", "küche", "porta", "corredor", "escada", "apartamento",
            "apê", "prédio", "cozinha",
        ]),
        (CrisisConcept.Water,
        [
            "water", "waters", "flood", "flooding", "river", "agua", "inundación", "el río", "riada", "eau", "inondation", "crue",
            "wasser", "hochwasser", "überschwemmung", "água", "enchente", "alagamento", "alagando", "o rio",
        ]),
        (CrisisConcept.Rising,
        [
            "rising", "coming in", "getting in", "coming under", "subiendo", "entra", "entrando", "sube", "monte",
            "rentre", "steigt", "gestiegen", "kommt rein", "subindo", "entrando", "invadindo", "virou rio",
        ]),
        (CrisisConcept.Following,
        [
            "following me", "followed me", "following us", "followed us", "been following", "stalking me", "siguiendo", "me sigue", "me siguió", "nos sigue", "persiguiendo",
            "me suit", "nous suit", "m'a suivie", "m'a suivi", "verfolgt", "folgt mir", "folgt uns", "hinterher",
            "me seguindo", "me segue", "me seguiu", "perseguindo",
        ]),
        (CrisisConcept.Swelling,
        [
            "swelling", "swollen", "swelling up", "hinchado", "hinchada", "hinchados", "hinchadas", "hinchando", "gonflé",
            "gonflée", "gonflés", "gonflées", "gonfle", "geschwollen", "schwillt", "inchado", "inchada", "inchando",
        ]),
        (CrisisConcept.FaceOrThroat,
        [
            "face", "lips", "tongue", "throat", "eyes", "cara", "labios", "lengua", "garganta", "visage", "lèvres", "langue",
            "gorge", "gesicht", "lippen", "zunge", "hals", "rosto", "lábios", "língua",
        ]),
        (CrisisConcept.SwallowOrBreathe,
        [
            "swallow", "breathe", "breathing", "tragar", "respirar", "avaler", "respirer", "schlucken", "atmen", "engolir",
        ]),
        (CrisisConcept.BiteOrSting,
        [
            "bitten", "bit by", "stung", "snake", "picado", "picada", "mordido", "mordida", "serpiente", "víbora", "piqué",
            "piquée", "mordu", "mordue", "serpent", "vipère", "gebissen", "gestochen", "schlange", "kreuzotter", "cobra",
            "picou", "mordeu",
        ]),
        (CrisisConcept.Numb,
        [
            "numb", "can't feel", "cant feel", "tingling", "entumecido", "entumecida", "no siento", "hormigueo", "no siente", "engourdi",
            "engourdie", "sens plus", "sent plus", "spürt nicht", "não sente", "nao sente", "taub", "kribbelt", "spüre nicht", "dormente", "formigando", "não sinto", "nao sinto",
        ]),
        (CrisisConcept.Limb,
        [
            "arm", "left arm", "face", "leg", "one side", "jaw", "brazo", "pierna", "un lado", "mandíbula", "bras", "jambe",
            "un côté", "mâchoire", "linken arm", "bein", "seite", "kiefer", "braço", "perna", "um lado", "mandíbula",
        ]),
        (CrisisConcept.Chest,
        [
            "chest", "heart racing", "heart is racing", "pecho", "el corazón a mil", "poitrine", "brust", "herz rast",
            "herzrasen", "peito", "coração disparado", "coração acelerado",
        ]),
        (CrisisConcept.BreathingTrouble,
        [
            "can't breathe", "cant breathe", "hard to breathe", "short of breath", "struggling to breathe", "not breathing",
            "breathing weird", "breathing funny", "barely breathing", "no respira", "respira raro", "me cuesta respirar",
            "le cuesta respirar", "falta el aire", "respire plus", "respire mal", "du mal à respirer", "keine luft",
            "schlecht luft", "atmet nicht", "atmet komisch", "não respira", "nao respira", "respirando mal", "falta de ar",
        ]),
        (CrisisConcept.Unresponsive,
        [
            "won't wake up", "wont wake up", "not waking up", "unconscious", "passed out", "collapsed", "unresponsive",
            "no reacciona", "se desmayó", "se desmayo", "se desplomó", "se desplomo", "inconsciente", "no despierta",
            "inconscient", "inconsciente", "s'est effondré", "s'est effondrée", "évanoui", "évanouie", "reagiert nicht",
            "bewusstlos", "zusammengebrochen", "ohnmächtig", "wacht nicht auf", "desmaiou", "desmaiada", "desmaiado",
            "não acorda", "nao acorda", "desmayada", "desmayado",
        ]),
        (CrisisConcept.Fell,
        [
            "fell", "on the floor", "hit his head", "hit her head", "se cayó", "en el suelo", "se golpeó la cabeza", "tombé",
            "tombée", "par terre", "gestürzt", "hingefallen", "am boden", "caiu", "no chão", "bateu a cabeça",
        ]),
        (CrisisConcept.Hospital,
        [
            "admitted", "hospitalized", "hospitalised", "ambulance", "icu", "intensive care", "ingresado", "ingresada",
            "hospitalizado", "hospitalizada", "ambulancia", "uci", "hospitalisé", "hospitalisée", "réa", "réanimation",
            "eingeliefert", "krankenwagen", "rtw", "notarzt", "intensivstation", "internado", "internada", "uti", "samu",
            "ambulância",
        ]),
        (CrisisConcept.Family,
        [
            "mum", "mom", "dad", "mother", "father", "grandma", "grandpa", "nan", "granny", "brother", "sister", "son", "daughter",
            "husband", "wife", "baby", "mamá", "mama", "papá", "papa", "madre", "padre", "abuela", "abuelo", "hermano", "hermana",
            "hijo", "hija", "marido", "mujer", "bebé", "mère", "père", "mamie", "papi", "grand-mère", "grand-père", "frère",
            "soeur", "sœur", "fils", "fille", "mari", "femme", "mutter", "vater", "oma", "opa", "bruder", "schwester", "sohn",
            "tochter", "mann", "frau", "mãe", "mae", "pai", "avó", "avô", "vó", "vô", "irmão", "irmã", "filho", "filha",
            "esposa",
        ]),
        (CrisisConcept.Hurt,
        [
            "hit", "hits", "hitting", "beat", "beats", "punched", "slapped", "pushed", "shoved", "choked", "kicked",
            "pega", "pegó", "golpea", "golpeó", "empujó", "empujo", "me empujó", "ahorcó", "frappe", "frappé", "tape",
            "poussé", "poussée", "giflé", "giflée", "étranglé", "étranglée", "cogne", "schlägt", "geschlagen", "schlug",
            "geschubst", "schubst", "gewürgt", "getreten", "haut", "bate", "bateu", "empurrou", "empurra", "enforcou", "chutou",
        ]),
        (CrisisConcept.AgainstSomething,
        [
            "against the wall", "into the wall", "down the stairs", "contra la pared", "por las escaleras", "contre le mur",
            "dans les escaliers", "gegen die wand", "an die wand", "die treppe runter", "na parede", "contra a parede",
            "da escada",
        ]),
        (CrisisConcept.TookMyThings,
        [
            "took my phone", "takes my phone", "took my keys", "took my car keys", "took my card", "smashed my phone",
            "broke my phone", "me quitó el móvil", "me quito el movil", "me quitó el celular", "me rompió el móvil",
            "m'a pris mon tel", "m'a pris mon téléphone", "cassé mon tel", "cassé mon téléphone", "hat mein handy",
            "nimmt mir das handy", "handy kaputt gemacht", "pegou meu celular", "tomou meu celular", "quebrou meu celular",
            "pegou minhas chaves",
        ]),
        (CrisisConcept.Locked,
        [
            "locks me", "locked me", "locks him", "locks her", "locked him", "locked her", "locked the doors", "me encierra",
            "me encerró", "lo encierra", "la encierra", "m'enferme", "m'a enfermée", "m'a enfermé", "sperrt mich",
            "sperrt ihn", "sperrt sie", "eingesperrt", "trancou a porta", "me tranca", "me trancou", "tranca ele",
        ]),
        (CrisisConcept.Unexplained,
        [
            "can't explain", "cant explain", "won't say", "wont say", "doesn't talk about", "no explica", "no quiere decir",
            "explique pas", "veut pas dire", "erklärt nicht", "redet nicht drüber", "redet nicht darüber", "não explica",
            "nao explica", "não fala", "nao fala",
        ]),
        (CrisisConcept.NotAnswering,
        [
            "not picking up", "not answering", "isn't answering", "isnt answering", "won't answer", "wont answer",
            "no contesta", "no coge", "no responde", "répond plus", "répond pas", "repond plus", "geht nicht ans handy",
            "geht nicht ran", "antwortet nicht", "não atende", "nao atende", "não responde", "nao responde",
        ]),
        (CrisisConcept.NotBack,
        [
            "not back", "didn't come back", "didnt come back", "never came back", "hasn't come home", "hasnt come home",
            "no ha vuelto", "no volvió", "no volvio", "no ha llegado", "pas rentré", "pas rentrée", "pas revenu", "pas revenue",
            "nicht zurück", "nicht zurückgekommen", "nicht heimgekommen", "não voltou", "nao voltou", "não chegou", "nao chegou",
        ]),
        (CrisisConcept.Unreachable,
        [
            "phone off", "phone's off", "phone is off", "phone dead", "no signal", "apagado", "sin cobertura", "tel éteint",
            "tel eteint", "téléphone éteint", "pas de réseau", "handy aus", "kein netz", "kein empfang", "desligado",
            "sem sinal", "ninguém consegue falar", "nadie consigue hablar", "personne n'arrive à le joindre", "niemand erreicht",
            "not answering", "no contesta", "répond pas", "antwortet nicht", "não atende",
        ]),
        (CrisisConcept.Lost,
        [
            "lost the trail", "lost the path", "we're lost", "were lost", "got lost", "nos perdimos", "estamos perdidos",
            "perdimos el camino", "on s'est perdus", "on est perdus", "perdu le chemin", "verlaufen", "vom weg abgekommen",
            "nos perdemos", "estamos perdidos", "perdemos a trilha",
        ]),
        (CrisisConcept.Dark,
        [
            "getting dark", "it's dark", "its dark", "nightfall", "anochece", "está oscureciendo", "esta oscureciendo",
            "se hace de noche", "il fait nuit", "la nuit tombe", "il fait noir", "wird dunkel", "es ist dunkel", "nebel",
            "escurecendo", "tá escuro", "ta escuro", "fog", "niebla", "brouillard", "neblina",
        ]),
        (CrisisConcept.Again, ["again", "otra vez", "de nuevo", "encore", "wieder", "schon wieder", "de novo", "outra vez"]),
        (CrisisConcept.Bruises,
        [
            "bruise", "bruises", "bruised", "moratón", "moratones", "moretones", "des bleus",
            "blaue flecken", "blauen flecken", "hämatome", "hematomas", "roxo", "roxos", "marca roxa", "marcas roxas",
        ]),
    ];
}
