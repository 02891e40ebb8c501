namespace WhatStyle.Tools.Import.Synthetic;

/// <summary>What a generated exchange is about; each has messages a contact sends and the owner's answers to them.</summary>
public enum ChatScene { Greeting, HowAreYou, Invitation, Question, Thanks, GoodNews, BadNews, GoodNight }
