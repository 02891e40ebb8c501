namespace WhatStyle.Tools.Tone.Rules;

/// <summary>
/// The phrases behind <see cref="CrisisRules"/>, in folded form (lower case, straight apostrophes), for en, es, fr, de
/// and pt. "Likely" phrases name the crisis outright; "possible" ones are the indirect ways people say it.
/// </summary>
/// <remarks>
/// Written for this project from how people describe these situations in chat, typed both with and without accents
/// and apostrophes. Idioms that borrow the same words ("drowning in emails", "the death of me") are listed apart and
/// mask any crisis phrase inside them.
/// </remarks>
internal static class CrisisPhrases
{
    public static readonly string[] SelfHarmLikely =
    [
        "kill myself", "killing myself", "kms", "end my life", "ending my life", "end it all", "want to die", "wanna die",
        "want to be dead", "wish i was dead", "wish i were dead", "suicide", "suicidal", "hurt myself", "hurting myself",
        "cut myself", "cutting myself", "cutting again", "take all my pills", "took all my pills", "took a bunch of pills",
        "no reason to live", "not worth living", "don't want to live", "dont want to live", "don't want to be alive",
        "dont want to be alive", "better off without me", "better off dead", "don't want to wake up", "dont want to wake up",
        "goodbye to everyone", "written my goodbye", "quiero morir", "quiero morirme", "me quiero morir", "matarme",
        "suicidarme", "suicidio", "no quiero vivir", "quitarme la vida", "hacerme daño", "acabar con mi vida",
        "mejor sin mí", "mejor sin mi", "me tuer", "me suicider", "suicide", "envie de mourir", "veux mourir",
        "en finir avec la vie", "plus envie de vivre", "me faire du mal", "mieux sans moi", "mich umbringen",
        "will sterben", "möchte sterben", "selbstmord", "suizid", "mir etwas antun", "mir was antun", "nicht mehr leben",
        "ohne mich besser", "me matar", "quero morrer", "suicídio", "suicidio", "não quero mais viver",
        "nao quero mais viver", "tirar minha vida", "tirar a minha vida", "me machucar", "melhor sem mim",
        // Goodbyes, plans and acts said plainly (2026-12-07), in the words chat uses.
        "end it tonight", "ending it tonight", "my last message", "this is my last message", "goodbye forever",
        "won't be around much longer", "wont be around much longer", "took all my tablets", "took all the pills", "took all my meds",
        "took too many pills", "cut myself again", "cut myself tonight", "slit my wrists", "jump off the bridge",
        "mi último mensaje", "mi ultimo mensaje", "me tomé todas las pastillas", "me tome todas las pastillas", "me corté otra vez",
        "me corte otra vez", "ya no quiero vivir", "mon dernier message",
        "j'ai pris toutes mes pilules", "j'ai pris tous mes médicaments", "je me suis encore coupée", "je me suis encore coupé",
        "meine letzte nachricht", "alle meine tabletten", "mich geritzt", "will nicht mehr leben", "minha última mensagem",
        "minha ultima mensagem", "tomei todos os meus remédios", "tomei todos os remedios", "me cortei de novo",
        // Plans and means said plainly (2026-12-07, second pass): looking up how many pills, a blade within reach.
        "how many pills it would take", "how many it would take", "don't trust myself tonight", "dont trust myself tonight",
        "cuántas pastillas hacen falta", "cuantas pastillas hacen falta", "combien de cachets il faudrait",
        "wie viele tabletten man bräuchte", "wie viele tabletten man braeuchte", "quantos comprimidos precisaria",
        // Means within reach, cutting again (2026-12-07, from the training split's out-of-fold misses, in every language).
        "pills in front of me", "tablets in front of me", "pastillas delante de mí", "pastillas delante de mi",
        "médicaments devant moi", "medicaments devant moi", "tabletten vor mir", "remédios na minha frente",
        "remedios na minha frente", "wieder geritzt",
        // The act about to happen (2026-12-07, third pass): a jump or a train, the warning signs crisis lines train
        // volunteers on, in each language's own words ("going to jump", "me voy a tirar" alone are ordinary: pools, sofas).
        "tied a noose", "made a noose", "jump off the roof", "jump off a bridge", "jump off the building",
        "jump in front of a train", "step in front of a train", "throw myself in front of", "tirarme del puente",
        "tirarme a las vías", "tirarme a las vias", "tirarme por la ventana", "me jeter sous un train", "me jeter du pont",
        "sauter du pont", "mich vor den zug werfen", "vor einen zug werfen", "von der brücke springen",
        "von der bruecke springen", "pular da ponte", "pular do prédio", "pular do predio", "me jogar da ponte",
        "me jogar na frente do trem",
        "found him hanging", "found her hanging", "hanged himself", "hanged herself", "se ahorcó", "se ahorco",
        "s'est pendu", "s'est pendue", "hat sich erhängt", "se enforcou",
        // Someone else in danger of harming themselves, told by a worried friend (2026-12-07, third pass).
        "kill himself", "kill herself", "killing himself", "killing herself", "hurt himself", "hurt herself",
        "hurting himself", "hurting herself", "cutting herself", "cutting himself", "he wants to die", "she wants to die",
        "threatening to jump", "se quiere matar", "quiere suicidarse", "se quiere morir", "veut se tuer",
        "veut se suicider", "will sich umbringen", "will sich das leben nehmen", "quer se matar", "quer se suicidar",
    ];

    public static readonly string[] SelfHarmPossible =
    [
        "tired of existing", "fine without me", "better without me", "if i disappeared", "if i just disappeared",
        "si desaparezco", "si desapareciera", "cansada de existir", "cansado de existir", "si je disparaissais",
        "fatigué d'exister", "fatiguée d'exister", "nicht mehr da bin", "nicht mehr da wäre", "nicht mehr da waere",
        "se eu sumisse", "se eu desaparecesse", "cansada de existir", "goodbye message", "goodbye letter", "goodbye note",
        "carta de despedida", "mensaje de despedida", "msg d'adieu", "message d'adieu", "lettre d'adieu", "abschiedsbrief",
        "abschiedszeug", "abschiedsnachricht", "mensagem de despedida",
        "no point anymore", "no point in anything", "don't care about anything",
        "dont care about anything", "don't really care about anything", "dont really care about anything",
        "can't go on", "cant go on", "tired of living", "tired of everything", "tired of being alive", "nobody would notice",
        "nobody would miss me", "no one would miss me", "no one would notice", "want to disappear", "wanna disappear",
        "sleep forever", "never wake up", "i'm a burden", "im a burden", "such a burden",
        "nothing matters anymore", "don't see the point", "dont see the point", "everyone would be better",
        "nada tiene sentido", "no le veo sentido", "desaparecer para siempre",
        "no valgo nada", "soy una carga", "nadie me echaría de menos", "rien n'a de sens",
        "je suis un fardeau", "personne ne remarquerait", "hat alles keinen sinn",
        "alles sinnlos", "keinen sinn mehr", "ich bin eine last", "einfach verschwinden", "niemand würde mich vermissen",
        "nada faz sentido", "não vejo sentido", "nao vejo sentido", "sou um peso", "sumir para sempre", "sumir pra sempre",
        "ninguém ia sentir falta", "ninguem ia sentir falta", "não ligo pra mais nada", "nao ligo pra mais nada",
        // Added from the training split's cross-validation misses (2026-12-06), said as chat says them.
        "fatigué de tout", "fatiguée de tout", "fatigue de tout", "envie de disparaître", "envie de disparaitre", "cansada de tudo", "cansado de tudo", "queria sumir", "quero sumir", "quiero desaparecer", "cansada de todo", "cansado de todo", "will nur noch verschwinden", "letters for everyone", "wrote letters to everyone", "you were a good friend", "perdóname por todo", "perdoname por todo", "pardonne-moi pour tout", "verzeih mir alles", "me perdoa por tudo",
        "forgive me for everything", "forgive me for all of it",
        // Indirect ideation (2026-12-07).
        "easier for everyone if i", "easier if i wasn't here", "easier if i wasnt here", "not be here anymore",
        "sleep and never wake up", "don't see the point in", "dont see the point in", "no point in living",
        "acabar con todo", "envie d'en finir", "ojalá no despertar", "ojala no despertar", "si yo no estuviera",
        "cuando ya no esté", "cuando ya no este", "si j'étais plus là", "si j'etais plus la", "quand je serai plus là",
        "pas me réveiller", "plus me réveiller", "nicht mehr da wäre", "nicht mehr aufwachen", "eine belastung für alle",
        "acabar com tudo", "se eu não estivesse aqui", "se eu nao estivesse aqui", "não acordar mais", "nao acordar mais",
        "um peso pra todo mundo",
        // Putting affairs in order, wanting the pain to end, no way out (2026-12-07, second pass), in each language's own words.
        "giving my stuff away", "giving away my stuff", "giving all my stuff away", "want the pain to stop",
        "waste of space", "about not being here", "won't be a problem for anyone", "wont be a problem for anyone",
        "regalando mis cosas", "que pare este dolor", "no le veo salida", "no veo salida", "no me fío de mí", "no me fio de mi",
        "je donne toutes mes affaires", "que la douleur s'arrête", "que la douleur s'arrete", "aucune issue",
        "verschenke meine sachen", "verschenke gerade meine sachen", "der schmerz aufhört", "der schmerz aufhoert", "keinen ausweg",
        "trau mir selbst nicht", "dando minhas coisas", "essa dor pare", "não vejo saída", "nao vejo saida", "não confio em mim",
        "nao confio em mim",
        "à en finir", "a en finir", "j'en finis", "ending it all", "pensando en acabar", "pensando em acabar",
    ];

    public static readonly string[] DangerLikely =
    [
        "shots fired", "gunshots", "hay tiros", "hay disparos", "están disparando", "estan disparando", "des coups de feu",
        "ça tire", "ca tire", "es wird geschossen", "schüsse gefallen", "tão atirando", "tao atirando", "estão atirando",
        "estao atirando", "tiroteio", "tão assaltando", "tao assaltando", "estão assaltando", "estao assaltando",
        "trying to break in", "trying to get in", "trying the door", "forcer la porte", "force la porte",
        "intenta abrir la puerta", "intentando entrar", "quiere entrar a la fuerza", "versucht reinzukommen",
        "versucht die tür", "tentando arrombar", "tentando entrar",
        "someone is following me", "someone's following me", "being followed", "following me home", "someone broke in",
        "break in", "intruder", "has a knife", "has a gun", "pulled a knife", "pulled a gun", "call the police",
        "call the cops", "call 911", "call 999", "call 112", "call 000", "on fire", "house is burning", "car accident",
        "car crash", "been in an accident", "had an accident", "crashed the car", "crashed my car",
        "i'm lost and", "im lost and", "got mugged", "been mugged", "being robbed", "got robbed",
        "someone is drowning", "he's drowning", "she's drowning", "me están siguiendo", "me estan siguiendo",
        "me sigue un", "llama a la policía", "llama a la policia", "incendio", "se está quemando",
        "me robaron", "me asaltaron", "on me suit", "quelqu'un me suit", "appelle la police",
        "appelez la police", "au feu", "cambriolé", "cambriolage", "agressé", "agressée",
        "verfolgt mich", "folgt mir", "ruf die polizei", "polizei rufen", "es brennt",
        "einbrecher", "eingebrochen", "überfallen", "ausgeraubt", "alguém está me seguindo",
        "alguem esta me seguindo", "me seguindo", "chama a polícia", "chama a policia", "incêndio",
        "incendio", "fui assaltado", "fui assaltada", "assalto",
        // Added from the training split's cross-validation misses (2026-12-06), said as chat says them.
        "autounfall", "unfall gehabt", "einer ist verletzt", "someone is hurt", "someone's hurt", "alguien está herido", "alguien esta herido", "quelqu'un est blessé", "alguém está ferido", "alguem esta ferido",
        // Danger said plainly (2026-12-07): threats, intruders, being grabbed or robbed.
        "threatened me with a knife", "tried to pull me into", "trying to break in", "trying to get in the house",
        "smoke everywhere", "can't find my son", "can't find my daughter", "cant find my son", "cant find my daughter",
        "me amenazó con una navaja", "me amenazo con una navaja", "nos atracaron", "intentando entrar en casa",
        "m'a menacée avec un couteau", "m'a menacé avec un couteau", "fait agresser", "essaie d'entrer chez",
        "mit einem messer bedroht", "versucht einzubrechen", "me ameaçou com uma faca", "me ameacou com uma faca",
        "fomos assaltados", "tentando entrar em casa",
        // A crash said as it is seen (2026-12-07, third pass).
        "car flipped", "car rolled over", "the car rolled over", "el coche dio vueltas", "la voiture a fait des tonneaux",
        "auto hat sich überschlagen", "auto hat sich ueberschlagen", "carro capotou",
        // Weapons used, water coming in, a child taken (2026-12-07, third pass): kinds the lists did not have at all.
        "been stabbed", "got stabbed", "was stabbed", "he's been shot", "she's been shot", "i've been shot", "he got shot",
        "she got shot", "someone got shot", "got shot in",
        "shots fired", "gunshots", "heard shots", "someone is shooting", "there's a shooting", "active shooter", "gunman",
        "house is flooding", "water is coming in", "water's coming in", "water is rising", "fell through the ice",
        "been kidnapped", "was kidnapped", "apuñalado", "apuñalada", "apunalado", "apunalada", "navajazo", "le dispararon",
        "me dispararon", "un tiroteo", "escuché disparos", "escuche disparos", "se está inundando", "se esta inundando",
        "secuestrado", "secuestrada", "poignardé", "poignardée", "poignarde", "coup de couteau",
        "coups de feu", "une fusillade", "on a tiré sur", "on m'a tiré dessus", "ça inonde", "ca inonde", "l'eau monte",
        "a été enlevé", "a été enlevée", "kidnappé", "kidnappée",
        "niedergestochen", "messerstecherei", "angeschossen", "schüsse gehört", "schuesse gehoert", "es wurde geschossen",
        "schießerei", "schiesserei",
        "wasser kommt rein", "wasser steigt", "entführt", "esfaqueado", "esfaqueada", "levou uma facada", "baleado", "baleada",
        "levou um tiro", "tiroteio", "ouvi tiros", "a água está subindo", "a agua esta subindo", "sequestrado",
        "sequestrada", "sequestraram",
        "carbon monoxide", "nearly drowned", "almost drowned", "monóxido de carbono", "monoxyde de carbone",
        "kohlenmonoxid", "monóxido de carbono",
    ];

    public static readonly string[] DangerPossible =
    [
        "broke down on the motorway", "broke down on the highway", "broken down on the motorway", "broke down on the freeway",
        "phone's about to die",
        "don't know where i am", "dont know where i am", "someone is outside", "someone's outside", "keeps following",
        "weird guy", "creepy guy", "he won't leave", "won't stop following", "scared to go home", "not safe",
        "i don't feel safe", "i dont feel safe", 
        "no sé dónde estoy", "no se donde estoy", "no me siento segura", "no me siento seguro", "un tipo raro",
        "en panne sur l'autoroute", "je sais pas où je suis",
        "je ne sais pas où je suis", "pas en sécurité", "un mec bizarre", "panne auf der autobahn", 
        "weiß nicht wo ich bin", "weiss nicht wo ich bin", "fühle mich nicht sicher", "komischer typ",
        "quebrou na estrada", "não sei onde estou",
        "nao sei onde estou", "não me sinto segura", "nao me sinto segura", "um cara estranho",
        // Danger that is sometimes harmless: possible, so the owner looks (2026-12-07).
        "been following me for", "following me since", "following me for", "knows where i live", "know where i live",
        "banging on the door", "tried to grab me",
        "sabe dónde vivo", "sabe donde vivo", "me está siguiendo", "golpeando la puerta", "sait où j'habite",
        "sait ou j'habite", "tape sur la porte", "weiß wo ich wohne", "weiss wo ich wohne", "hämmert gegen die tür",
        "sabe onde eu moro", "batendo na porta", "wrong way and won't answer",
        // Trapped, drugged, gas, someone at the door, a child not home (2026-12-07, second pass).
        "stuck in the lift", "stuck in the elevator", "drink was spiked", "spiked my drink", "got spiked",
        "smell of gas", "smells of gas", "smell gas",
        "coming in under the door", "nobody can find him", "nobody can find her", "can't find him anywhere", "can't find her anywhere",
        "encerrada en el ascensor", "encerrado en el ascensor", "atrapada en el ascensor", "atrapado en el ascensor",
        "huele a gas", "olor a gas",
        "coincée dans l'ascenseur", "coincé dans l'ascenseur", "coincee dans l'ascenseur",
        "sent le gaz", "odeur de gaz",
        "im aufzug fest",
        "nach gas", "gasgeruch", "presa no elevador", "preso no elevador",
        "cheiro de gás", "cheiro de gas",
        "trying the door handle", "intentando abrir la puerta",
        "looking in the windows", "looking through the windows", "mir hinterher", "hinter mir her",
        // Lost outdoors, a disaster at home, drugged (2026-12-07, third pass).
        "lost in the woods", "lost on the mountain", "lost on the hike", "swept away", "caught fire", "tree fell on",
        "roof collapsed", "think i was drugged", "think i've been drugged", "perdido en el monte", "perdida en el monte",
        "creo que me drogaron", "perdu en montagne", "perdue en montagne", "je crois qu'on m'a drogué",
        "je crois qu'on m'a droguée", "im wald verlaufen", "k.o. tropfen", "ko tropfen", "perdido na trilha",
        "perdida na trilha", "acho que me drogaram",
        // Someone gone missing, followed or blackmailed (2026-12-07, third pass).
        "she's gone missing", "he's gone missing", "she has gone missing", "he has gone missing", "mum has gone missing",
        "mom has gone missing", "dad has gone missing", "wandered off", "stalking me", "a stalker", "blackmailing me", "sextortion",
        "threatening to post my", "threatening to share my", "me está acosando", "me esta acosando", "me chantajea",
        "me harcèle", "me harcele", "me fait chanter", "stalkt mich", "erpresst mich", "me chantageando",
        "tá me perseguindo", "ta me perseguindo",
    ];

    public static readonly string[] MedicalLikely =
    [
        "ambulance", "call an ambulance", "emergency room", "in the er", "to the er", "chest pain", "chest pains",
        "can't breathe", "cant breathe", "heart attack", "having a stroke", "had a stroke", "unconscious",
        "not breathing", "seizure", "overdose", "overdosed", "od'd", "bleeding a lot", "won't stop bleeding",
        "wont stop bleeding", "allergic reaction", "swallowed something", "swallowed a", "poisoned", "hit by a car",
        "fell down the stairs", "hit his head", "hit her head", "won't wake up", "wont wake up", "emergency vet",
        "ambulancia", "urgencias", "no puedo respirar", "no puede respirar", "can't breathe properly",
        "não consegue respirar", "nao consegue respirar", "n'arrive pas à respirer", "kriegt keine luft", "bekommt keine luft", "infarto", "se desmayó", "se desmayo", "inconsciente",
        "convulsión", "sobredosis", "sangrando mucho", "se tragó", "al veterinario", "ambulance", "urgences", "samu",
        "je n'arrive pas à respirer", "j'arrive pas à respirer", "crise cardiaque", "inconscient", "inconsciente",
        "évanoui", "évanouie", "s'est effondré", "avalé", "chez le véto", "krankenwagen", "notaufnahme", "notarzt",
        "bekomme keine luft", "kriege keine luft", "herzinfarkt", "schlaganfall", "bewusstlos", "umgekippt",
        "zusammengebrochen", "verschluckt", "beim tierarzt", "ambulância", "pronto socorro", "pronto-socorro",
        "não consigo respirar", "nao consigo respirar", "desmaiou", "convulsão", "overdose", "engoliu", "no veterinário",
        "no veterinario",
        // Medical emergencies described plainly (2026-12-07): breathing, consciousness, stroke signs, poisoning, labour.
        "lips are blue", "lips going blue", "lips are going blue", "turning blue", "stopped breathing", "isn't breathing", "isnt breathing",
        "unresponsive", "can't wake her", "cant wake her", "can't wake him", "cant wake him", "face is drooping",
        "speech is slurred", "drank bleach", "got into the bleach", "swallowed bleach", "waters broke", "face is swelling",
        "throat is closing", "bleeding heavily", "having a seizure", "labios morados", "convulsionando", "bebido lejía",
        "bebido lejia", "no para de sangrar", "lèvres bleues", "ne respire plus", "crise d'épilepsie", "crise d'epilepsie",
        "eau de javel", "arrête pas de saigner", "arrete pas de saigner", "lippen werden blau", "krampfanfall",
        "krieg sie nicht wach", "krieg ihn nicht wach", "putzmittel getrunken", "hört nicht auf zu bluten",
        "boca roxa", "lábios roxos", "labios roxos", "água sanitária", "agua sanitaria", "não para de sangrar",
        "nao para de sangrar",
        // Poisons, paralysis, allergy and meningitis signs (2026-12-07, second pass).
        "button battery", "button batteries", "pila de botón", "pila de boton", "pile bouton", "knopfzelle", "rat poison",
        "veneno para ratas", "mort-aux-rats", "mort aux rats", "rattengift", "veneno de rato", "can't feel his legs",
        "can't feel her legs", "cant feel his legs", "no siente las piernas",
        "sent plus ses jambes", "spürt seine beine nicht", "spürt ihre beine nicht", "não sente as pernas", "nao sente as pernas",
        "doesn't fade under the glass", "lips are swelling", "face is swelling up", "se le está hinchando la cara",
        "se le esta hinchando la cara", "son visage gonfle", "gesicht schwillt an", "rosto tá inchando", "rosto ta inchando",
        "rosto está inchando",
        "überdosis", "ueberdosis", "gesicht hängt", "boca torta", "boca torcida", "falando enrolado", "spricht ganz verwaschen",
        "bouche de travers",
        // Bites, burns, a stroke's one side (2026-12-07, third pass).
        "bitten by a snake", "snake bit", "snakebite", "boiling water on her", "boiling water on him", "boiling water on me",
        "boiling water on my", "boiling water on his", "badly burned", "badly burnt", "numb on one side",
        "one side of his face", "one side of her face", "me mordió una serpiente", "me mordio una serpiente", "con agua hirviendo",
        "quemadura grave", "mordu par un serpent", "ébouillanté", "ébouillantée", "brûlure grave", "brulure grave",
        "von einer schlange gebissen", "verbrüht", "schwere verbrennung", "picada de cobra", "mordido por uma cobra",
        "electrocuted", "electrocutado", "électrocuté", "stromschlag", "eletrocutado",
        "com água fervendo", "com agua fervendo", "queimadura grave",
    ];

    public static readonly string[] MedicalPossible =
    [
        "in hospital", "in the hospital", "at the hospital", "to the hospital", "rushed to", "really dizzy", "fainted",
        "high fever", "can't stop throwing up", "cant stop throwing up", "throwing up blood", "hurts so bad",
        "broken arm", "broken leg", "en el hospital", "al hospital", "mareada", "mareado", "fiebre muy alta", "à l'hôpital",
        "a l'hopital", "im krankenhaus", "ins krankenhaus", "schwindelig", "hohes fieber", "no hospital",
        "ao hospital", "febre alta",
        // Signs that are sometimes harmless: possible, so the owner looks (2026-12-07).
        "choking", "hard to breathe", "can barely breathe", "can't breathe properly", "left arm is numb", "left arm numb", "slurring", "seeing double",
        "chest feels tight", "chest is tight", "no reacciona", "no se despierta", "veo doble", "dolor en el pecho",
        "brazo izquierdo dormido", "se réveille pas", "se reveille pas", "je vois double", "douleur dans la poitrine",
        "mal à la poitrine", "bras gauche engourdi", "kaum luft", "wacht nicht auf", "seh doppelt", "schmerzen in der brust",
        "arm ist taub", "não acorda", "nao acorda", "vendo dobrado", "dor no peito", "braço esquerdo dormente",
        "respirar direito",
        // A fall, a pregnancy with bleeding (2026-12-07, second pass).
        "fell and can't get up", "no puede levantarse", "arrive pas à se relever",
        "kommt nicht mehr hoch", "não consegue levantar", "nao consegue levantar", "weeks pregnant and bleeding",
        "schwanger und blute",
        "can't feel my legs", "cant feel my legs",
        "taken to hospital", "taken her to hospital", "taken him to hospital", "took her to hospital", "took him to hospital",
        // Pain that sends people to the emergency room (2026-12-07, third pass).
        "worst headache of my life", "worst pain of my life", "el peor dolor de cabeza", "pire mal de tête de ma vie",
        "schlimmsten kopfschmerzen meines lebens", "pior dor de cabeça da minha vida",
        "blood everywhere", "fell off a ladder", "fell off the ladder", "sangre por todas partes",
        "se cayó de la escalera", "se cayo de la escalera", "du sang partout", "tombé de l'échelle", "tombée de l'échelle",
        "überall blut", "ueberall blut", "von der leiter gefallen", "sangue pra todo lado", "sangue por todo lado",
        "caiu da escada",
    ];

    public static readonly string[] AbuseLikely =
    [
        "locks him in", "locked him in", "locks her in", "locked her in", "locks me in", "lo encierra en", "la encierra en",
        "l'enferme dans", "sperrt ihn in", "sperrt sie in", "tranca ele no", "tranca ela no",
        "he hit me", "she hit me", "he beat me", "beats me", "he's hurting me", "hes hurting me", "he hurts me",
        "she hurts me", "afraid of him", "scared of him", "scared of her", "won't let me leave", "wont let me leave",
        "locked me in", "threatened to kill me", "threatens to kill me", "threatened me", "choked me",
        "abusive", "abusing me", "me pegó", "me pego", "me pega", "me golpea", "me golpeó",
        "miedo de él", "miedo de el", "me amenaza", "me amenazó", "maltrato", "no me deja salir", "il m'a frappé",
        "il m'a frappée", "il me frappe", "elle me frappe", "peur de lui", "me menace", "m'a menacé", "m'a menacée",
        "me laisse pas sortir", "hat mich geschlagen", "schlägt mich", "angst vor ihm", "bedroht mich",
        "hat mich bedroht", "lässt mich nicht raus", "me bateu", "me bate", "medo dele", "me ameaça",
        "me ameaçou", "agressão", "agressao", "não me deixa sair", "nao me deixa sair",
        // Added from the training split's cross-validation misses (2026-12-06), said as chat says them.
        "me machuca se", "me hace daño si", "me hace dano si", "me fait du mal si", "tut mir weh wenn", "hurt me if i", "hurts me if i",
        // Abuse said plainly (2026-12-07).
        "strangled me", "beat me again", "threw a plate at me", "keeps touching me", "hitting the kids", "he hits the kids",
        "me agarró del cuello", "me agarro del cuello", "me volvió a pegar", "me volvio a pegar", "pegando a los niños",
        "serré le cou", "m'a encore battu", "m'a encore battue", "hat mich gewürgt", "bringt er mich um", "me enforcou",
        "me bateu de novo",
        // Violence said as it happened (2026-12-07, second pass).
        "grabbed me by the hair", "me agarró del pelo", "me agarro del pelo", "attrapée par les cheveux",
        "attrapee par les cheveux", "an den haaren gepackt", "me puxou pelo cabelo", "hit mum again", "hit my mum",
        "pegar a mi madre", "frappé ma mère", "frappe ma mere", "mama wieder geschlagen", "bateu na minha mãe",
        "bateu na minha mae", "he'd hurt me", "hed hurt me",
        "er tut mir was", "comes into my room at night",
        "mich wieder geschlagen", "mich gestern geschlagen", "mich gestern wieder geschlagen", "m'a encore frappée",
        "m'a encore frappé", "m'a encore frappee", "me bateu ontem",
        // Sexual violence (2026-12-07, third pass): the lists had none.
        "raped me", "he raped", "was raped", "been raped", "got raped", "sexually assaulted", "forced himself on me",
        "me violó", "me violo", "me violaron", "abusó de mí", "m'a violée", "m'a violé", "m'a violee",
        "été violée", "ete violee", "agressée sexuellement", "agressee sexuellement", "vergewaltigt", "me estuprou",
        "fui estuprada", "fui estuprado", "abusou de mim",
    ];

    public static readonly string[] AbusePossible =
    [
        "he gets angry", "he gets so angry", "yelled at me", "he screams at me", "checks my phone", "controls everything",
        "won't let me see", "wont let me see", "se enfada mucho", "me grita", "revisa mi móvil", "il me crie dessus",
        "fouille mon téléphone", "schreit mich an", "kontrolliert mein handy", "grita comigo", "mexe no meu celular",
        // Added from the training split's cross-validation misses (2026-12-06), said as chat says them.
        "medo de voltar pra casa", "medo de voltar para casa", "miedo de volver a casa", "peur de rentrer", "angst nach hause zu gehen", "scared to go home", "afraid to go home",
        // Control and fear, sometimes said lightly (2026-12-07).
        "doesn't let me have", "doesnt let me have", "smashed my phone", "pushed me against", "scared of what he'll do",
        "locked me in the", "no me deja tener", "me rompió el móvil", "me rompio el movil", "me encerró", "me encerro",
        "me laisse pas avoir", "a cassé mon téléphone", "m'a enfermée", "lässt mich kein", "handy kaputt gemacht",
        "eingesperrt", "verprügelt", "não me deixa ter", "nao me deixa ter", "quebrou meu celular", "me trancou",
        // Money, tracking, threats about the children (2026-12-07, second pass).
        "takes my whole salary", "tracks my location", "se queda con todo mi sueldo", "garde tout mon salaire",
        "nimmt mein ganzes gehalt", "fica com meu salário", "fica com meu salario",
        "me ferait du mal si", "me haría daño si", "me haria daño si", "me haría daño", "me ferait du mal",
        "touched me without", "made me do things", "sexuell belästigt", "me tocó sin", "m'a touchée sans",
        "me tocou sem",
        // Control of friends, messages, money and movement, in the ways chat says it (2026-12-08).
        "reads my messages", "reads all my messages", "goes through my phone", "not allowed to go out", "not allowed to see",
        "not allowed to go", "won't let me go out", "wont let me go out", "won't let me see my", "wont let me see my",
        "tracking app", "no me deja ver", "no me deja salir", "me revisa el móvil", "me revisa el movil", "me revisa el celular",
        "revisa mi celular", "lee mis mensajes", "me lee los mensajes", "il lit mes messages", "regarde mon tel",
        "gère tous mes comptes", "gere tous mes comptes", "j'ai pas le droit de sortir", "il me laisse pas sortir",
        "m'interdit de voir", "liest meine nachrichten", "darf nicht mehr alleine", "darf nicht mehr raus",
        "will immer wissen wo ich bin", "app auf mein handy", "lässt mich nicht raus", "lässt mich nicht weg",
        "não me deixa sair", "nao me deixa sair", "não me deixa ver", "nao me deixa ver", "ele controla", "controla minha roupa",
        "controla até", "lê minhas mensagens", "le minhas mensagens",
    ];

    /// <summary>Hints that count only together (two of them, or one with a stronger phrase or the model's fear or sadness).</summary>
    public static readonly (CrisisKind Kind, string[] Phrases)[] Weak =
    [
        (CrisisKind.SelfHarm, ["not your fault", "no es culpa de nadie", "pas votre faute", "nicht eure schuld", "culpa de ninguém", "adieu", "lebt wohl", "hate myself", "me odio", "je me déteste", "ich hasse mich", "eu me odeio", "if anything happens to me", "si me pasa algo", "s'il m'arrive quelque chose", "falls mir was passiert", "se acontecer alguma coisa comigo", "no future", "ningún futuro", "pas d'avenir", "keine zukunft", "futuro nenhum", "stopped taking my meds", "what's the point", "whats the point", "nothing matters", "ya no puedo más", "ya no puedo mas",
            "à quoi bon", "a quoi bon", "plus de sens", "disparaître", "just disappear", "i can't do this anymore",
            "i cant do this anymore", "ich kann nicht mehr", "não aguento mais", "nao aguento mais", "j'en peux plus",
            "je n'en peux plus", "so alone", "all alone", "completely alone", "nobody cares", "no one cares",
            // The means at hand (2026-12-07, third pass): a rope is also for boats and swings, so it needs company.
            "got a rope", "bought a rope", "have a rope", "noose", "tengo una cuerda", "compré una cuerda", "compre una cuerda",
            "j'ai une corde", "acheté une corde", "achete une corde", "ich hab ein seil", "habe ein seil",
            "tenho uma corda", "comprei uma corda"]),
        (CrisisKind.Danger, ["por las ventanas", "par les fenêtres", "in die fenster", "pelas janelas", "smoke", "humo", "fumée", "rauch", "fumaça", "can't get out", "cant get out", "no podemos salir", "peut pas sortir", "kommen nicht raus", "não consegue sair", "nao consegue sair", "hasn't come home", "not come home", "no ha vuelto", "pas rentré", "nicht heimgekommen", "não voltou", "phone's off", "phone is off", "móvil apagado", "portable est éteint", "handy aus", "celular desligado", "drunk", "borracho", "bourré", "betrunken", "bêbado", "in my drink", "en la bebida", "dans mon verre", "ins getränk", "na minha bebida", "no way out", "locked the doors", "cerrado las puertas", "verrouillé les portes", "türen verriegelt", "trancou as portas", "no lo encontramos", "no la encontramos", "trying to open the door", "tentando abrir a porta", "essaie d'ouvrir la porte", "tür aufzumachen", "no signal", "pitch black", "sin cobertura", "no hay cobertura", "pas de réseau", "kein netz", "sem sinal", "car broke down", "se me averió el coche", "se averió el coche", "tombé en panne", "tombée en panne",
            "liegengeblieben", "carro quebrou", "getting dark", "phone is dying", "phone's dying", "middle of nowhere", "está oscureciendo",
            "es wird dunkel", "il fait nuit", "está escurecendo", "ta escurecendo", "stranded", "trapped", "accident",
            "accidente", "un accident", "unfall", "acidente", "there was a crash", "been a crash", "injured", "herido",
            "blessé", "blesse", "verletzt", "ferido", "side of the road", "right next to me", "ha desaparecido", "a disparu",
            "ist verschwunden", "vermisst", "desapareceu", "gone missing", "went missing", "no contesta",
            "ne répond pas", "ne repond pas", "geht nicht ran", "não atende", "nao atende", "not answering her phone",
            "not answering his phone", "alone", "by myself", "seule", "allein",
            "sozinha", "sozinho", "motorway", "highway", "autopista", "autoroute", "autobahn", "rodovia", "estrada"]),
        (CrisisKind.Medical, ["to hospital", "sweaty", "sudando", "transpire", "verschwitzt", "suando", "arm hurts", "duele el brazo", "mal au bras", "arm tut weh", "braço dói", "diabetic", "diabético", "diabétique", "diabetiker", "confused", "confuso", "confundido", "confus", "verwirrt", "doppelt", "blood", "sangre", "du sang", "blut", "sangue", "throwing up", "vomiting", "vomitando", "vomir", "erbrechen", "can't get up", "cant get up", "pregnant", "embarazada", "enceinte", "schwanger", "grávida", "gravida", "bleeding", "sangrando", "je saigne", "blute", "hit my head", "banged my head", "hit her head on", "me di un golpe", "cogné la tête", "kopf angeschlagen", "bati a cabeça", "bati a cabeca", "passed out", "collapsed", "at the vet", "vet", "veterinario", "véto", "tierarzt", "veterinário",
            "so much blood", "lots of blood", "mucha sangre", "beaucoup de sang", "viel blut", "muito sangue", "can barely stand", "really bad pain", "not making sense", "puedo tenerme en pie", "tiens à peine debout", "kann kaum stehen", "mal consigo ficar em pé"]),
        (CrisisKind.Abuse, ["abuse", "pushed me", "he touched me", "gewalt", "violences", "hits me", "scared to go home",
            "afraid to go home", "miedo de volver a casa", "peur de rentrer", "angst nach hause", "medo de voltar pra casa",
            // Silence bought with a threat (2026-12-07, third pass): "if I tell anyone" with "he'll kill me" is what an abused person is told.
            "he'll kill me", "hell kill me", "said he'd kill me", "said he would kill me", "if i tell anyone", "if i told anyone",
            "if i tell someone", "si se lo cuento a alguien", "si le digo a alguien", "si je le dis à quelqu'un",
            "si je le dis a quelqu'un", "si j'en parle à quelqu'un", "si j'en parle a quelqu'un", "wenn ich es jemandem sage",
            "wenn ich das jemandem sage", "wenn ich es jemandem erzähle", "se eu contar pra alguém", "se eu contar pra alguem",
            "se eu contar para alguém", "se eu contar a alguém"]),
    ];

    /// <summary>
    /// Last words that count only in pairs: "one last time", "tell my sister I loved her", "on the bridge". Each alone is
    /// ordinary, and sad too (a grandparent's funeral, a last day at school), so unlike <see cref="Weak"/> hints the
    /// model's sadness does not lift one of them to a crisis; two together, or one with any other hint, are a goodbye.
    /// </summary>
    public static readonly (CrisisKind Kind, string[] Phrases)[] Paired =
    [
        (CrisisKind.SelfHarm, ["one last time", "love you all", "i loved her", "i loved him", "i loved you", "sorry for everything",
            "tell my sister", "tell my brother", "tell my mum", "tell my mom", "tell my kids", "look after my", "take care of my",
            "on the bridge", "on the roof", "on the ledge", "i'm done", "im done", "una última vez", "una ultima vez",
            "os quiero a todos", "los quiero a todos", "dile a mi", "cuida de mi", "cuida a mi", "en el puente", "en la azotea",
            "une dernière fois", "une derniere fois", "je vous aime tous", "dis à ma", "dis a ma", "sur le pont", "sur le toit",
            "ein letztes mal", "hab euch alle lieb", "sag meiner", "sag meinem", "auf der brücke", "auf der bruecke", "auf dem dach",
            "uma última vez", "uma ultima vez", "amo vocês", "amo voces", "diz pra minha", "diz pro meu", "na ponte", "no telhado"]),
    ];

    /// <summary>Figures of speech that borrow crisis words; a crisis phrase inside one of them does not count.</summary>
    public static readonly string[] Idioms =
    [
        "drowning in", "death of me", "killing me", "kill me now", "i'm dead", "im dead", "i'm dying", "im dying",
        "dying to", "dying of laughter", "could kill for", "would kill for", "kill for a", "gave me a heart attack",
        "give me a heart attack", "giving me a heart attack", "nearly had a heart attack", "almost had a heart attack",
        "heart attack when", "mini heart attack", "want to die of embarrassment", "wanna die of embarrassment",
        "die of embarrassment", "i could die", "dead tired", "dead on my feet", "on fire today", "on fire tonight",
        "you're on fire", "youre on fire", "she's on fire", "he's on fire", "was on fire", "fire emoji", "fire sale",
        "me muero de risa", "me muero de ganas", "me muero de hambre", "me muero de sueño", "me mata", "me va a matar",
        "un infarto cuando", "je meurs de faim", "je meurs de rire", "mort de rire", "ça me tue", "ca me tue",
        "tue moi", "ich sterbe vor", "bringt mich um", "totlachen", "morrendo de rir", "morrendo de fome",
        "morrendo de sono", "me mata de rir", "vou morrer de", "ertrinke in", "me ahogo en", "je me noie dans", "afogado em",
        "afogada em", "burning the midnight oil", "up in flames",
        "so hard i can't breathe", "so hard i cant breathe", "laughing so hard", "heart attack watching",
        // Following on social media, not in the street (the frames read "followed me" beside a stranger).
        "followed me on", "following me on", "follows me on", "followed me back", "me sigue en", "me siguió en",
        "me suit sur", "m'a suivi sur", "m'a suivie sur", "folgt mir auf", "folgt mir jetzt", "me segue no", "me segue na",
        "me seguiu no", "me seguiu na",
        // Household fire that is not a fire.
        "fire alarm", "fire drill", "fireplace", "fire pit", "bonfire", "campfire", "smoke alarm", "smoke detector",
        "alarma de incendios", "alarme incendie", "feueralarm", "rauchmelder", "alarme de incêndio",
        // Exaggerations of the same shape in every language (2026-12-07): a job or a bill "will kill me", a near heart attack.
        "on fire at", "going to kill me", "gonna kill me", "will kill me when", "va me tuer", "vont me tuer", "vai me matar",
        "me va a matar", "bringt mich noch um", "failli faire une crise cardiaque", "presque fait une crise cardiaque",
        "fast nen herzinfarkt", "fast einen herzinfarkt", "fast herzinfarkt", "quase tive um infarto", "quase tive um ataque",
        "casi me da un infarto", "me va a dar un infarto", "casi me muero", "me muero de vergüenza", "me muero de verguenza",
        "mort de fatigue", "morta de cansaço", "morto de cansaço", "todmüde", "lach mich tot",
        // Boredom, sore feet and colds "killing" the writer (2026-12-07, second pass).
        "dying of boredom", "to die for", "muriendo de aburrimiento", "me está matando", "me esta matando",
        "meurs d'ennui", "morrendo de tédio", "morrendo de tedio", "me matando",
        // Figures that borrow a weapon (2026-12-07, third pass).
        "kill himself laughing", "kill herself laughing", "killing himself laughing", "killing herself laughing",
        "stabbed me in the back", "stabbed in the back", "stab in the back", "got shot of", "shot down", "got shot down", "shot myself in the foot",
        "shooting myself in the foot",
    ];
}
