using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.Abstractions;

/// <summary>A provider function (the plugin's Invoke) for one token, such as <c>alicloud-routerinterface:index:getRouterInterfaces</c>.</summary>
public interface IFunctionHandler
{
    string Token { get; }

    /// <summary>Arguments in, the return object out; bad arguments are failures naming the argument (nothing is called then).</summary>
    Task<FunctionResult> InvokeAsync(PropertyMap args, CancellationToken cancellationToken);
}

/// <summary>The answer of a function: its return object, or the failures of its arguments.</summary>
public sealed record FunctionResult(PropertyMap Return, IReadOnlyList<CheckFailure> Failures);
