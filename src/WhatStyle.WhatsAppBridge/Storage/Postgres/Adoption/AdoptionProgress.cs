namespace WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;

/// <summary>How far the copy of one of bridge.db's collections got: reported at its start and after every committed batch.</summary>
internal readonly record struct AdoptionProgress(string Store, long Copied, long Total);
