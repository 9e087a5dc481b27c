using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.Abstractions;

/// <summary>
/// Bad input that Check could not report as a CheckFailure (e.g. a malformed value reaching Create);
/// the protocol layer answers InvalidArgument naming <see cref="Property"/>.
/// </summary>
public sealed class PropertyValidationException(string property, string reason)
    : Exception($"{property}: {reason}")
{
    public string Property { get; } = property;

    public string Reason { get; } = reason;
}

/// <summary>
/// The resource exists in the cloud but did not reach the desired state (Create/Update/Read partial failure);
/// the protocol layer returns an <c>ErrorResourceInitFailed</c> detail so the engine records it.
/// </summary>
public sealed class ResourceInitFailedException(string id, PropertyMap outputs, PropertyMap? inputs, IReadOnlyList<string> reasons)
    : Exception(string.Join("; ", reasons))
{
    public string Id { get; } = id;

    public PropertyMap Outputs { get; } = outputs;

    public PropertyMap? Inputs { get; } = inputs;

    public IReadOnlyList<string> Reasons { get; } = reasons;
}

/// <summary>
/// An operation that was refused or failed with a diagnostic for the user. <see cref="Code"/> is a stable,
/// documented code (for delete: the README "Delete diagnostics" table); <see cref="Message"/> says what
/// happened, what was changed, and what to do; <see cref="Kind"/> is what the engine is told.
/// </summary>
public class ResourceOperationException(string code, string message, FailureKind kind = FailureKind.Refused, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string Code { get; } = code;

    public FailureKind Kind { get; } = kind;
}
