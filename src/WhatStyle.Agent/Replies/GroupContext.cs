using WhatStyle.Agent.Offline;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Replies;

/// <summary>A group conversation: who is present and the most formal register any of them needs.</summary>
/// <param name="Name">The group's name.</param>
/// <param name="Members">The members the owner knows, sender included.</param>
/// <param name="Floor">The most formal register among the members: the reply is at least this formal.</param>
/// <param name="Id">The group's id in memory, when known (the scope guard accepts it as well as the name).</param>
public sealed record GroupContext(string Name, IReadOnlyList<ContactProfile> Members, Register Floor, string? Id = null)
{
    /// <summary>
    /// Tu or vous for the whole group: polite when the owner addresses any member present politely, familiar otherwise.
    /// One form for everyone, so a reply never says tu to the sender in front of someone who gets vous.
    /// </summary>
    public AddressForm Address => AddressOf(Members);

    /// <summary>The floor of a set of members: formal if anyone needs formal, casual otherwise (warmth is for one-to-one).</summary>
    public static Register FloorOf(IEnumerable<ContactProfile> members) =>
        members.Any(m => OfflineResponder.RegisterFor(m, floor: null) == Register.Formal) ? Register.Formal : Register.Casual;

    /// <summary>The address of a set of members: polite if anyone is addressed politely.</summary>
    public static AddressForm AddressOf(IEnumerable<ContactProfile> members) =>
        members.Any(m => m.Address == AddressForm.Polite) ? AddressForm.Polite : AddressForm.Familiar;
}
