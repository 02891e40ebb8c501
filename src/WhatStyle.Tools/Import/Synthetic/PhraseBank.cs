namespace WhatStyle.Tools.Import.Synthetic;

/// <summary>
/// Messages and answers per scene in plain, neutral wording; a <see cref="Persona"/> writes them in its own voice.
/// Several wordings of each message (paraphrases), so finding an earlier answer has to go by meaning. Slots:
/// <c>{day}</c>, <c>{time}</c>, <c>{place}</c> (facts of one day, which must never be reused on another).
/// </summary>
internal sealed record PhraseBank(
    IReadOnlyDictionary<ChatScene, string[]> Messages,
    IReadOnlyDictionary<ChatScene, string[]> Answers,
    string[] Days,
    string[] Places)
{
    public static PhraseBank English { get; } = new(
        new Dictionary<ChatScene, string[]>
        {
            [ChatScene.Greeting] = ["Hey", "Hi there", "Hello", "Hey you", "Hiya"],
            [ChatScene.HowAreYou] = ["How are you?", "How's it going?", "How are things?", "Are you doing ok?", "How have you been?", "How is your week going?"],
            [ChatScene.Invitation] = ["Want to get dinner on {day}?", "Are you free {day} at {time}?", "Fancy the cinema on {day}?", "Shall we meet at {place} on {day}?", "Drinks at {place} on {day}?", "Coffee {day} morning?"],
            [ChatScene.Question] = ["Did you see my email?", "Have you got a minute later?", "Do you still have my charger?", "Did you finish the book?", "Can you send me that photo?", "Did you call the landlord?"],
            [ChatScene.Thanks] = ["Thanks so much for yesterday", "Thank you for the help", "Thanks for the lift", "Really appreciate it", "Thanks for dinner", "Thank you for the flowers"],
            [ChatScene.GoodNews] = ["I got the job!", "We won the match!", "I passed my driving test!", "The flat is ours!", "Got a promotion today", "My exam went really well"],
            [ChatScene.BadNews] = ["I'm feeling really ill today", "I didn't get the job", "My car broke down again", "Bad day at work", "I failed the exam", "The cat is at the vet, she's not well"],
            [ChatScene.GoodNight] = ["Good night", "Night night", "Off to bed now", "Going to sleep, talk tomorrow", "Sleep well"],
        },
        new Dictionary<ChatScene, string[]>
        {
            [ChatScene.Greeting] = ["Hey!", "Hi, how are you?", "Hey, what's up?", "Hello you!"],
            [ChatScene.HowAreYou] = ["I'm good thanks, you?", "All good here, busy week though.", "Not bad, just tired. You?", "Great thanks, how are you?"],
            [ChatScene.Invitation] = ["Yes, sounds good!", "I'd love to, see you then.", "Can't on {day}, sorry. Another day?", "Sure, see you at {place} at {time}.", "Yes please, what time?", "Okay, {day} works for me."],
            [ChatScene.Question] = ["Yes, I'll have a look later.", "Not yet, I will do it tonight.", "Yes, I'll send it in a bit.", "I think so, let me check.", "Sorry, not yet. Tomorrow."],
            [ChatScene.Thanks] = ["No worries!", "Anytime!", "You're welcome.", "My pleasure, it was fun."],
            [ChatScene.GoodNews] = ["That's amazing, congratulations!", "Well done, so happy for you!", "Brilliant news!", "Yay, you deserve it!"],
            [ChatScene.BadNews] = ["Oh no, I'm so sorry. Anything I can do?", "That's rubbish, hope you feel better soon.", "Sorry to hear that, call me if you want to talk.", "Oh no. Do you want me to come over?"],
            [ChatScene.GoodNight] = ["Good night, sleep well.", "Night!", "Talk tomorrow.", "Sleep tight."],
        },
        ["Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday"],
        ["Luigi's", "the Crown", "Central Station", "Riverside Park", "the Odeon"]);

    public static PhraseBank Spanish { get; } = new(
        new Dictionary<ChatScene, string[]>
        {
            [ChatScene.Greeting] = ["Hola", "Holaa", "Buenas", "Hola guapa", "Ey"],
            [ChatScene.HowAreYou] = ["¿Qué tal estás?", "¿Cómo estás?", "¿Qué tal todo?", "¿Cómo va la semana?", "¿Todo bien por ahí?"],
            [ChatScene.Invitation] = ["¿Cenamos el {day}?", "¿Estás libre el {day} a las {time}?", "¿Vamos al cine el {day}?", "¿Quedamos en {place} el {day}?", "¿Un café el {day}?"],
            [ChatScene.Question] = ["¿Has visto mi correo?", "¿Tienes un momento luego?", "¿Todavía tienes mi cargador?", "¿Me mandas la foto?", "¿Has llamado a mamá?"],
            [ChatScene.Thanks] = ["Muchas gracias por lo de ayer", "Gracias por la ayuda", "Gracias por traerme", "Te lo agradezco mucho", "Gracias por la cena"],
            [ChatScene.GoodNews] = ["¡Me han dado el trabajo!", "¡Hemos ganado el partido!", "¡He aprobado el carnet!", "¡El piso es nuestro!", "Me han ascendido hoy"],
            [ChatScene.BadNews] = ["Hoy me encuentro fatal", "No me han dado el trabajo", "Se me ha roto el coche otra vez", "Qué mal día en el trabajo", "He suspendido el examen"],
            [ChatScene.GoodNight] = ["Buenas noches", "Me voy a dormir", "Hasta mañana", "Que descanses"],
        },
        new Dictionary<ChatScene, string[]>
        {
            [ChatScene.Greeting] = ["¡Hola!", "Hola, ¿qué tal?", "Buenas, ¿qué pasa?", "¡Hola hola!"],
            [ChatScene.HowAreYou] = ["Bien, ¿y tú?", "Todo bien por aquí, mucho trabajo.", "Bien pero cansada. ¿Y tú?", "Genial, ¿qué tal tú?"],
            [ChatScene.Invitation] = ["¡Vale, me parece bien!", "Me encantaría, nos vemos.", "El {day} no puedo, lo siento. ¿Otro día?", "Vale, nos vemos en {place} a las {time}.", "¡Sí! ¿A qué hora?", "El {day} me va bien."],
            [ChatScene.Question] = ["Sí, luego lo miro.", "Todavía no, lo hago esta noche.", "Sí, ahora te lo mando.", "Creo que sí, lo miro."],
            [ChatScene.Thanks] = ["¡De nada!", "¡No hay de qué!", "Cuando quieras.", "Un placer, me lo pasé genial."],
            [ChatScene.GoodNews] = ["¡Qué bien, enhorabuena!", "¡Muy bien, me alegro mucho!", "¡Qué buena noticia!", "¡Te lo mereces!"],
            [ChatScene.BadNews] = ["Vaya, lo siento mucho. ¿Necesitas algo?", "Qué pena, que te mejores pronto.", "Lo siento, llámame si quieres hablar.", "Vaya. ¿Quieres que vaya?"],
            [ChatScene.GoodNight] = ["Buenas noches, que descanses.", "¡Buenas noches!", "Hasta mañana.", "Descansa."],
        },
        ["viernes", "sábado", "domingo", "lunes", "martes", "miércoles", "jueves"],
        ["La Tasca", "el Retiro", "la plaza Mayor", "casa de Marta", "el bar Pepe"]);
}
