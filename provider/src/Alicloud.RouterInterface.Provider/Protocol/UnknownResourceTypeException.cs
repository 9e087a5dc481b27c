namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>A request named a resource type token that no registered handler serves.</summary>
internal sealed class UnknownResourceTypeException(string token, IReadOnlyCollection<string> knownTokens)
    : Exception(knownTokens.Count == 0
        ? $"unknown resource type '{token}': this provider serves no resource types"
        : $"unknown resource type '{token}': this provider serves {string.Join(", ", knownTokens.Select(t => $"'{t}'"))}")
{
    public string Token { get; } = token;
}
