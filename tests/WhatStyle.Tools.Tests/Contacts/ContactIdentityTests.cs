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

    [Fact]
    public void Parse_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => ContactIdentity.Parse(" \u200E "));
    }
}
