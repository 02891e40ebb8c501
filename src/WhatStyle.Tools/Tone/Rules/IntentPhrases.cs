namespace WhatStyle.Tools.Tone.Rules;

/// <summary>
/// The phrases behind <see cref="IntentRules"/> in folded form, for en, es, fr, de and pt: what people write when they
/// thank, apologise, invite, ask for something, tell news, greet or say goodbye in chat.
/// </summary>
internal static class IntentPhrases
{
    public static readonly string[] Condolence =
    [
        "sorry for your loss", "sorry about your", "so sorry to hear", "sorry to hear about", "my condolences", "condolences",
        "thinking of you and", "my deepest sympathy", "deepest sympathies", "rest in peace", "rip", "may she rest",
        "may he rest", "lo siento mucho por", "siento mucho lo de", "mi más sentido pésame", "mi mas sentido pesame",
        "pésame", "pesame", "mis condolencias", "que descanse en paz", "descanse en paz", "mes condoléances",
        "mes condoleances", "sincères condoléances", "toutes mes pensées", "je suis désolé pour ta", "je suis désolée pour ta",
        "mein beileid", "herzliches beileid", "mein herzliches beileid", "es tut mir so leid für", "ruhe in frieden",
        "meus pêsames", "meus pesames", "meus sentimentos", "sinto muito pela", "sinto muito pelo", "descanse em paz",
    ];

    public static readonly string[] BadNews =
    [
        "passed away", "died", "has died", "is dead", "lost my job", "got fired", "was fired", "laid off", "got laid off",
        "diagnosed", "cancer", "tumor", "tumour", "broke up with me", "we broke up", "dumped me", "failed my", "didn't get the job",
        "didnt get the job", "rejected", "bad news", "put down", "had to put", "miscarriage", "lost the baby", "funeral",
        "murió", "murio", "falleció", "fallecio", "ha muerto", "me despidieron", "perdí mi trabajo", "perdi mi trabajo",
        "cáncer", "me dejó", "malas noticias", "suspendí", "funeral", "entierro", "est mort", "est morte", "décédé",
        "décédée", "nous a quittés", "viré", "virée", "licencié", "licenciée", "mauvaise nouvelle", "rompu", "enterrement",
        "gestorben", "ist tot", "verstorben", "gekündigt", "entlassen", "krebs", "schlechte nachrichten", "schluss gemacht",
        "durchgefallen", "beerdigung", "morreu", "faleceu", "fui demitido", "fui demitida", "perdi o emprego", "câncer",
        "cancer", "terminou comigo", "más notícias", "mas noticias", "reprovei", "velório", "velorio", "enterro",
    ];

    public static readonly string[] GoodNews =
    [
        "got the job", "got the offer", "i got in", "got accepted", "i passed", "passed my", "got promoted", "promotion",
        "we're engaged", "we are engaged", "got engaged", "i'm engaged", "she said yes", "he said yes", "i'm pregnant",
        "we're pregnant", "we're expecting", "it's a girl", "it's a boy", "baby is here", "was born", "good news",
        "great news", "guess what", "we won", "i won", "bought a house", "got the keys", "finally did it", "nailed it",
        "aprobé", "aprobe", "me dieron el trabajo", "me ascendieron", "nos comprometimos", "estoy embarazada",
        "buenas noticias", "ganamos", "adivina qué", "j'ai eu le poste", "j'ai réussi", "j'ai eu mon", "bonne nouvelle",
        "on s'est fiancés", "je suis enceinte", "on a gagné", "devine quoi", "ich habe bestanden", "hab bestanden",
        "bestanden", "den job bekommen", "befördert", "verlobt", "ich bin schwanger", "gute nachrichten", "gewonnen",
        "rate mal", "passei", "consegui o emprego", "fui promovido", "fui promovida", "noivamos", "estou grávida",
        "boa notícia", "boa noticia", "boas notícias", "ganhamos", "adivinha",
        // Passed, hired (2026-12-07): said of someone else too, and in each language's own words.
        "passed the exam", "passed the test", "passed my driving", "passed his driving", "passed her driving",
        "passed their driving", "passed the driving", "passed his test", "passed her test", "han dado el trabajo", "dado el puesto", "hab den job", "habe den job", "j'ai le poste",
        "j'ai eu le job", "consegui o trabalho", "passei na prova",
    ];

    public static readonly string[] Praise =
    [
        "great job", "good job", "great work", "good work", "nice work", "well done", "excellent work", "you did great",
        "you did amazing", "you nailed it", "you killed it", "you smashed it", "proud of you", "impressive", "brilliant work",
        "fantastic work", "you're amazing at", "you're so talented", "outstanding", "kudos", "nice one", "bravo",
        "buen trabajo", "bien hecho", "excelente trabajo", "lo hiciste genial", "orgulloso de ti", "orgullosa de ti",
        "bon travail", "bien joué", "bien joue", "excellent travail", "fier de toi", "fière de toi", "chapeau",
        "gut gemacht", "super gemacht", "tolle arbeit", "stolz auf dich", "klasse arbeit", "respekt", "bom trabalho",
        "mandou bem", "mandou muito bem", "arrasou", "excelente trabalho", "orgulho de você", "orgulho de voce", "muito bem feito",
        "killed it", "smashed it", "looks amazing", "look amazing", "amazing job", "amazing work", "so good at", "well played",
        "te quedó genial", "te quedo genial", "ficou lindo", "ficou incrível", "ficou incrivel",
    ];

    public static readonly string[] Thanks =
    [
        "thanks", "thank you", "thank u", "thx", "ty", "tysm", "cheers for", "much appreciated", "appreciate it",
        "appreciate you", "gracias", "mil gracias", "te lo agradezco", "merci", "je te remercie", "danke", "dankeschön",
        "vielen dank", "obrigado", "obrigada", "valeu", "brigado", "brigada",
    ];

    public static readonly string[] Apology =
    [
        "sorry", "i apologize", "i apologise", "my apologies", "my bad", "my fault", "forgive me", "didn't mean to",
        "didnt mean to", "lo siento", "perdón", "perdon", "perdona", "disculpa", "disculpe", "fue mi culpa", "désolé",
        "désolée", "desole", "pardon", "excuse moi", "excusez moi", "c'est ma faute", "entschuldigung", "entschuldige",
        "tut mir leid", "sorry dass", "mein fehler", "desculpa", "desculpe", "foi mal", "me perdoa", "perdão",
    ];

    public static readonly string[] Invitation =
    [
        "want to come", "wanna come", "do you want to come", "would you like to come", "you should come", "come over",
        "join us", "join me", "are you free", "you free", "let's grab", "lets grab", "let's get", "lets get", "let's go",
        "lets go", "up for", "fancy a", "how about dinner", "dinner at", "drinks tonight", "drinks on", "party on",
        "birthday party", "you're invited", "youre invited", "would love to have you", "love to have you", "have you over", "quieres venir", "te vienes",
        "vienes a", "estás libre", "estas libre", "vamos a tomar", "nos tomamos", "te apuntas", "estás invitado",
        "estás invitada", "tu veux venir", "tu viens", "vous venez", "ça te dit", "ca te dit", "on se fait", "t'es dispo",
        "tu es libre", "on va boire", "hast du lust", "kommst du", "lust auf", "bist du frei", "hast du zeit", "wollen wir",
        "kommt ihr", "que vinieras", "que vengas", "t'es invitée", "t'es invité", "tu es invitée", "tu es invité", "quer vir", "bora", "vamos tomar", "tá livre", "ta livre", "está livre", "topa", "vem pra",
        "você vem", "voce vem",
    ];

    public static readonly string[] Request =
    [
        "can you", "could you", "would you", "will you", "can u", "could u", "please send", "please", "pls", "plz",
        "need you to", "i need the", "send me", "let me know", "remind me", "do me a favor", "do me a favour", "by tomorrow",
        "by friday", "by monday", "by end of day", "by eod", "before tomorrow", "puedes", "podrías", "podrias", "por favor",
        "me mandas", "mándame", "mandame", "necesito que", "avísame", "avisame", "peux tu", "tu peux", "pourrais tu",
        "tu pourrais", "vous pouvez", "pourriez vous", "s'il te plaît", "s'il te plait", "stp", "svp", "envoie moi",
        "j'ai besoin que", "kannst du", "könntest du", "koenntest du", "können sie", "könnten sie", "bitte", "schick mir",
        "ich brauche", "sag mir", "pode", "podes", "poderia", "você pode", "voce pode", "por favor", "me manda", "manda pra mim",
        "preciso que", "me avisa",
        // Asked as an imperative, as chat asks (2026-12-07): "tell me what he said", "call me back". Not "tell me" alone:
        // "tell me about it" agrees, it does not ask.
        "tell me what", "tell me when", "tell me where", "tell me who", "tell me how", "tell me if", "tell me which",
        "text me", "call me back", "call me when", "call me asap", "ring me", "give me a call", "give me a ring", "show me",
        "dime", "llámame", "llamame", "escríbeme", "escribeme", "dis moi", "appelle moi", "rappelle moi", "écris moi",
        "ecris moi", "ruf mich an", "ruf mich zurück", "ruf mich zurueck", "schreib mir", "me diz", "me fala", "me liga",
        "me conta", "lmk", "call me now", "pick me up", "bring me", "grab me a", "don't forget to",
        "dont forget to", "make sure you", "pásame", "pasame", "me pasas", "tráeme", "traeme", "me traes",
        "no te olvides de", "no olvides", "acuérdate de", "acuerdate de", "passe moi", "apporte moi", "ramène moi",
        "ramene moi", "n'oublie pas de", "bring mir", "bringst du", "vergiss nicht", "denk dran", "me passa",
        "não esquece", "nao esquece", "não esqueça", "nao esqueca",
    ];

    public static readonly string[] Greeting =
    [
        "hi", "hello", "hey", "hiya", "yo", "good morning", "morning", "good afternoon", "good evening", "hola", "buenos días",
        "buenos dias", "buenas tardes", "buenas", "bonjour", "salut", "coucou", "bonsoir", "hallo", "guten morgen",
        "guten tag", "moin", "servus", "hi du", "olá", "ola", "oi", "bom dia", "boa tarde", "e aí", "e ai",
    ];

    public static readonly string[] Farewell =
    [
        "bye", "goodbye", "good night", "goodnight", "night night", "see you", "see ya", "talk later", "talk soon",
        "ttyl", "gotta go", "got to go", "have a good", "have a nice", "take care", "later", "adiós", "adios",
        "hasta luego", "hasta mañana", "buenas noches", "nos vemos", "chao", "ciao", "au revoir", "bonne nuit", "à plus",
        "a plus", "à demain", "a demain", "bonne soirée", "tschüss", "tschuss", "gute nacht", "bis später", "bis morgen",
        "bis dann", "schönen abend", "schönes wochenende", "bis montag", "wir hören uns", "wir sprechen uns",
        "tchau", "boa noite", "bom fim de semana", "até segunda", "ate segunda", "falamos depois", "a gente se fala",
        "bon week end", "bon weekend", "à lundi", "a lundi", "on s'appelle", "buen finde", "buen fin de semana", "hasta el lunes",
        "hablamos luego", "hablamos mañana", "speak soon", "catch you later", "cya", "até logo", "ate logo", "até amanhã", "ate amanha", "fui",
    ];

    /// <summary>Amazement said with a negator ("can't believe I got the job!"): the news it carries is not negated.</summary>
    public static readonly string[] Disbelief =
    [
        "can't believe", "cant believe", "cannot believe", "couldn't believe", "never thought", "no me lo creo",
        "no puedo creer", "no me creo", "j'y crois pas", "j'arrive pas à croire", "je n'arrive pas à croire",
        "kann es nicht glauben", "kann's nicht glauben", "kaum zu glauben", "não acredito", "nao acredito",
    ];

    /// <summary>Words that open a question even without a question mark ("when r u coming").</summary>
    public static readonly string[] QuestionOpeners =
    [
        "what", "when", "where", "who", "why", "how", "which", "qué", "cuándo", "dónde", "quién", "por qué", "cómo",
        "quoi", "quand", "où", "pourquoi", "est ce que", "wann", "wo", "wer", "warum", "wieso", "o que", "quando", "onde",
        "quem", "por que",
        // A yes-or-no question typed without its "?" ("did you see the game", "u coming"): an auxiliary first.
        "do you", "did you", "are you", "have you", "is it", "is he", "is she", "was it", "should i", "should we", "can i",
        "r u", "u coming", "you coming", "any news", "sabes si", "has visto", "tu as vu", "t'as vu", "tu sais si", "hast du",
        "bist du", "weißt du", "weisst du", "você viu", "voce viu", "vc viu", "sabe se",
    ];
}
