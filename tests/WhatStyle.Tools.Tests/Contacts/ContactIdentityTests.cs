using WhatStyle.Tools.Contacts;

namespace WhatStyle.Tools.Tests.Contacts;

public sealed class ContactIdentityTests
{
    [Theory]
    [InlineData("+49 170 1234567")]
    [InlineData("+49 (170) 123-4567")]
    [InlineData("0049 170 1234567")]
    [InlineData("491701234567")]
    [InlineData("491701234567@s.whatsapp.net")]
    [InlineData("\u200E+49\u00A0170\u00A01234567\u202C")]
    public void Parse_PhoneInAnyFormat_GivesSameE164Key(string input)
    {
        var identity = ContactIdentity.Parse(input);

        Assert.Equal(IdentityKind.Phone, identity.Kind);
        Assert.Equal("+491701234567", identity.Value);
        Assert.Equal("tel:+491701234567", identity.Key);
    }

    [Fact]
    public void Parse_NationalNumberWithCountryCode_GivesE164()
    {
        Assert.Equal("+491701234567", ContactIdentity.Parse("0170 1234567", "49").Value);
    }

    [Fact]
    public void Parse_NationalNumberWithoutCountryCode_StaysNational()
    {
        var identity = ContactIdentity.Parse("0170 1234567");

        Assert.Equal(IdentityKind.Phone, identity.Kind);
        Assert.Equal("tel:01701234567", identity.Key);
    }

    [Theory]
    [InlineData("US.13491208655302741918", "wa:US.13491208655302741918")]
    [InlineData("us.13491208655302741918", "wa:US.13491208655302741918")]
    [InlineData("123456789012345@lid", "wa:123456789012345@lid")]
    public void Parse_WhatsAppIds_AreNotPhoneNumbers(string input, string key)
    {
        var identity = ContactIdentity.Parse(input);

        Assert.Equal(IdentityKind.WhatsAppId, identity.Kind);
        Assert.Equal(key, identity.Key);
    }

    [Theory]
    [InlineData("Jürgen Müller", "jurgen muller")]
    [InlineData("  JURGEN   MULLER ", "jurgen muller")]
    [InlineData("\u200EJürgen Müller", "jurgen muller")]
    [InlineData("Straße", "strasse")]
    public void Parse_Names_FoldCaseAccentsAndSpaces(string input, string folded)
    {
        var identity = ContactIdentity.Parse(input);

        Assert.Equal(IdentityKind.Name, identity.Kind);
        Assert.Equal("name:" + folded, identity.Key);
    }

    [Theory]
    [InlineData("Dad")]
    [InlineData("Room 101")]
    [InlineData("12345")]
    public void Parse_NamesWithFewDigits_StayNames(string input)
    {
        Assert.Equal(IdentityKind.Name, ContactIdentity.Parse(input).Kind);
    }

    [Theory]
    [InlineData(" \u200E ")]
    [InlineData("\u200B\u202E\u2066")]
    [InlineData("\u3164")]
    [InlineData("\u0007")]
    public void Parse_NothingVisible_Throws(string input)
    {
        Assert.Throws<ArgumentException>(() => ContactIdentity.Parse(input));
    }

    [Theory]
    [InlineData("Mom\u200B")]
    [InlineData("M\u200Dom")]
    [InlineData("\u202EMom")]
    [InlineData("\u2066Mom\u2069")]
    [InlineData("Mom\u0007")]
    [InlineData("Mom\U000E0069\U000E0067")]
    public void Parse_NameThatLooksLikeAnother_HasItsKeyAndShowsClean(string input)
    {
        // One key for names a reader cannot tell apart: a look-alike meets the real contact's key instead of becoming a second "Mom".
        var identity = ContactIdentity.Parse(input);

        Assert.Equal("name:mom", identity.Key);
        Assert.Equal("Mom", identity.Value);
    }

    [Theory]
    [InlineData("Mom 👩\u200D👧", "Mom 👩👧")]
    [InlineData("Ali", "علی")]
    [InlineData("Sara", "שרה")]
    [InlineData("🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Fans", "🏴\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F Fans")]
    [InlineData("Anna Maria", "AnnaMaria")]
    public void Parse_NamesThatLookDifferent_KeepDifferentKeys(string first, string second)
    {
        Assert.NotEqual(ContactIdentity.Parse(first).Key, ContactIdentity.Parse(second).Key);
    }

    [Fact]
    public void Parse_PersianNameWithOrWithoutNonJoiner_IsOneKeyAndKeepsItsSpelling()
    {
        var typed = ContactIdentity.Parse("فاطمه\u200Cزهرا");

        Assert.Equal(ContactIdentity.Parse("فاطمهزهرا").Key, typed.Key);
        Assert.Equal("فاطمه\u200Cزهرا", typed.Value);
    }

    [Fact]
    public void Parse_NumberWithAJoinerInside_IsStillANumber()
    {
        Assert.Equal("tel:+491701234567", ContactIdentity.Parse("+49\u200D170\u200B1234567").Key);
    }

    [Fact]
    public void Fold_LoneSurrogate_DoesNotThrow()
    {
        Assert.Equal("bo\uFFFDb", ContactIdentity.Fold("Bo\uD800b"));
    }
}
