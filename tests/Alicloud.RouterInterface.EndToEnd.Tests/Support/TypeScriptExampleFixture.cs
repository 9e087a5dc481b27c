using Alicloud.RouterInterface.Testing.Monitor;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>
/// <c>examples/typescript</c> as <c>make nodejs</c> built it, with its run module located once per test class; nothing
/// when it is not built (the tests then report themselves skipped, see <see cref="FactRequiresTypeScriptExampleAttribute"/>).
/// </summary>
public sealed class TypeScriptExampleFixture : IAsyncLifetime
{
    private TypeScriptExample? _example;

    public TypeScriptExample Example => _example ?? throw new InvalidOperationException($"Not built: {TypeScriptExample.AbsentReason}");

    public async Task InitializeAsync()
    {
        if (TypeScriptExample.AbsentReason is null)
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            _example = await TypeScriptExample.LocateAsync(bound.Token);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>A fact that reports itself skipped, with the reason, when examples/typescript is not built (`make nodejs`).</summary>
public sealed class FactRequiresTypeScriptExampleAttribute : FactAttribute
{
    public FactRequiresTypeScriptExampleAttribute()
    {
        if (TypeScriptExample.AbsentReason is { } reason)
        {
            Skip = reason;
        }
    }
}
