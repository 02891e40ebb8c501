using WhatStyle.Agent.Offline;

namespace WhatStyle.Agent.Tests.Offline;

/// <summary>A phrasebook that misses something does not load, and the error says what to fix.</summary>
public sealed class PhrasebookTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-phrasebook-").FullName;

    private const string Address = """
        "address": { "familiar": "tu", "polite": "vous", "familiarPlural": "vous", "politePlural": "vous" },
        """;

    [Fact]
    public void Load_PoliteRepliesForEveryIntent_Loads()
    {
        var book = Load(Address + """
            "replies": {
              "default": { "formal": ["Merci pour ton message."], "polite": ["Merci pour votre message."], "casual": ["Ok !"] }
            }
            """);

        Assert.Equal(["Merci pour votre message."], book.PhrasingsFor(OfflineIntent.Default, Register.Casual, Tools.Contacts.AddressForm.Polite));
    }

    [Fact]
    public void Load_IntentWithoutPoliteReplies_NamesTheIntent()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(Address + """
            "replies": {
              "default": { "formal": ["Merci pour ton message."], "polite": ["Merci pour votre message."], "casual": ["Ok !"] },
              "thanks": { "formal": ["Je t'en prie."], "casual": ["De rien !"] }
            }
            """));

        Assert.Contains("'thanks' needs both formal and polite replies", error.Message, StringComparison.Ordinal);
        Assert.Contains("xx.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PoliteRepliesWithoutAddressWords_SaysToNameThem()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("""
            "replies": { "default": { "formal": ["Merci pour ton message."], "polite": ["Merci pour votre message."], "casual": ["Ok !"] } }
            """));

        Assert.Contains("no \"address\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspelledRegister_NamesItAndTheRegisters()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("""
            "replies": { "default": { "formal": ["Thank you."], "polit": ["Thank you."], "casual": ["Ok!"] } }
            """));

        Assert.Contains("'default' has replies for 'polit'", error.Message, StringComparison.Ordinal);
        Assert.Contains("formal, polite, casual, warm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AddressWordMissing_SaysTheFileIsNotAPhrasebook()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("""
            "address": { "familiar": "tu", "polite": "vous" },
            "replies": { "default": { "formal": ["Merci pour ton message."], "polite": ["Merci pour votre message."], "casual": ["Ok !"] } }
            """));

        Assert.Contains("xx.json is not a phrasebook", error.Message, StringComparison.Ordinal);
    }

    private Phrasebook Load(string body)
    {
        var path = Path.Combine(_directory, "xx.json");
        File.WriteAllText(path, "{ \"language\": \"xx\",\n" + body + "\n}");
        return Phrasebook.Load(path);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
