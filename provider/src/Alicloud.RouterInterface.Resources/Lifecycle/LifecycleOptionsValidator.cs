using Microsoft.Extensions.Options;

namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>Rejects invalid <see cref="LifecycleOptions"/> when they are first resolved.</summary>
internal sealed class LifecycleOptionsValidator : IValidateOptions<LifecycleOptions>
{
    public ValidateOptionsResult Validate(string? name, LifecycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
