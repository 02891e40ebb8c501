using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Contacts;

/// <summary>Tu or vous: the owner's setting, else what they write, else the relationship.</summary>
public sealed class ContactProfileAddressTests
{
    [Theory]
    [InlineData(Relationship.Partner, AddressForm.Familiar)]
    [InlineData(Relationship.Parent, AddressForm.Familiar)]
    [InlineData(Relationship.Sibling, AddressForm.Familiar)]
    [InlineData(Relationship.Child, AddressForm.Familiar)]
    [InlineData(Relationship.Friend, AddressForm.Familiar)]
    [InlineData(Relationship.Manager, AddressForm.Polite)]
    [InlineData(Relationship.Client, AddressForm.Polite)]
    public void Address_NothingLearned_FollowsTheRelationship(Relationship relationship, AddressForm expected)
    {
        Assert.Equal(expected, Profile(relationship).Address);
    }

    [Fact]
    public void Address_ParentNothingLearned_FamiliarThoughTheRegisterIsFormal()
    {
        var father = Profile(Relationship.Parent);

        Assert.Equal(FormalityLabel.Formal, father.Formality);
        Assert.Equal(AddressForm.Familiar, father.Address);
    }

    [Theory]
    [InlineData(Relationship.Colleague, 0.8, AddressForm.Polite)]
    [InlineData(Relationship.Colleague, 0.2, AddressForm.Familiar)]
    [InlineData(Relationship.Other, 0.8, AddressForm.Polite)]
    [InlineData(Relationship.Other, 0.2, AddressForm.Familiar)]
    public void Address_ColleagueOrOther_FollowsTheFormality(Relationship relationship, double formality, AddressForm expected)
    {
        var style = new StyleFingerprint { MessageCount = 5, Formality = formality };

        Assert.Equal(expected, Profile(relationship, style).Address);
    }

    [Fact]
    public void Address_Colleague_NothingLearned_PoliteLikeTheFormalRegister()
    {
        Assert.Equal(AddressForm.Polite, Profile(Relationship.Colleague).Address);
    }

    [Fact]
    public void Address_Learned_WinsOverTheRelationship()
    {
        var style = new StyleFingerprint
        {
            MessageCount = 4,
            Languages = new Dictionary<string, double> { ["fr"] = 1 },
            Address = new Dictionary<string, AddressTally> { ["fr"] = new(Familiar: 3, Polite: 0) },
        };

        Assert.Equal(AddressForm.Familiar, Profile(Relationship.Manager, style).Address);
    }

    [Fact]
    public void Address_Setting_WinsOverWhatWasLearned()
    {
        var style = new StyleFingerprint
        {
            MessageCount = 4,
            Languages = new Dictionary<string, double> { ["de"] = 1 },
            Address = new Dictionary<string, AddressTally> { ["de"] = new(Familiar: 3, Polite: 0) },
        };
        var profile = Profile(Relationship.Friend, style) with { Settings = new ContactSettings { Relationship = Relationship.Friend, Address = AddressForm.Polite } };

        Assert.Equal(AddressForm.Polite, profile.Address);
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(1, 0, AddressForm.Familiar)]
    [InlineData(1, 3, AddressForm.Familiar)]
    [InlineData(1, 3.5, AddressForm.Polite)]
    [InlineData(0, 1, null)]
    [InlineData(0, 1.5, AddressForm.Polite)]
    public void Form_Tally_FamiliarUnlessPoliteClearlyOutweighsIt(double familiar, double polite, AddressForm? expected)
    {
        Assert.Equal(expected, new AddressTally(familiar, polite).Form);
    }

    private static ContactProfile Profile(Relationship relationship, StyleFingerprint? style = null) =>
        new(new Contact("ct_x", "X", [], [], []), new ContactSettings { Relationship = relationship }, style ?? StyleFingerprint.Empty);
}
