namespace WhatStyle.Tools.Contacts;

/// <summary>
/// How the owner addresses a contact in a language with a T/V distinction: familiar (tu, du, tú, tu/você) or polite
/// (vous, Sie, usted, o senhor/a senhora). English has none, so there it changes nothing.
/// </summary>
public enum AddressForm { Familiar, Polite }
