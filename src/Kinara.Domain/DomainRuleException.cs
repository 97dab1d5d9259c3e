namespace Kinara.Domain;

/// <summary>
/// The one exception a business rule throws. Pages turn it into a ModelState error, the API into a 422.
/// The message is written for the user, in Bahasa Indonesia.
/// </summary>
public sealed class DomainRuleException(string message) : Exception(message);
