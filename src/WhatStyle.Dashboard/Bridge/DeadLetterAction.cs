namespace WhatStyle.Dashboard.Bridge;

/// <summary>What the owner does with a dead letter.</summary>
public enum DeadLetterAction { Retry, Dismiss }
