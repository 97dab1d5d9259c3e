using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Kinara.Web.Infrastructure;

public static class ModelBindingMessages
{
    /// <summary>The framework's model-binding messages in Bahasa Indonesia.</summary>
    public static void SetIndonesianMessages(this DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((v, f) => $"Nilai '{v}' tidak valid untuk {f}.");
        p.SetMissingBindRequiredValueAccessor(f => $"{f} wajib diisi.");
        p.SetMissingKeyOrValueAccessor(() => "Nilai wajib diisi.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Isi permintaan wajib diisi.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"Nilai '{v}' tidak valid.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Nilai tidak valid.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Isian harus berupa angka.");
        p.SetUnknownValueIsInvalidAccessor(f => $"Nilai untuk {f} tidak valid.");
        p.SetValueIsInvalidAccessor(v => $"Nilai '{v}' tidak valid.");
        p.SetValueMustBeANumberAccessor(f => $"{f} harus berupa angka.");
        p.SetValueMustNotBeNullAccessor(f => $"{f} wajib diisi.");
    }
}
