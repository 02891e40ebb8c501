using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WhatStyle.Tools.Storage;

/// <summary>
/// Validates options against their [Range]/[Required]/[RegularExpression] attributes when first read, without
/// another package (Microsoft.Extensions.Options.DataAnnotations does the same).
/// </summary>
internal static class AnnotatedOptionsValidation
{
    public static OptionsBuilder<T> ValidateAnnotations<T>(this OptionsBuilder<T> builder)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<T>>(new Validator<T>(builder.Name));
        return builder;
    }

    private sealed class Validator<T>(string? name) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? optionsName, T options)
        {
            if (name is not null && name != optionsName)
            {
                return ValidateOptionsResult.Skip;
            }

            var results = new List<ValidationResult>();
            return System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(results.Select(r => $"{typeof(T).Name}: {r.ErrorMessage}"));
        }
    }
}
