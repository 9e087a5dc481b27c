namespace Alicloud.RouterInterface.Package.Tests.Support;

/// <summary>A fact that needs the release tarball for this machine that <c>make dist</c> writes (<c>make test</c> builds it first).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiresDistTarballAttribute()
    : FactRequiresFileAttribute(DistTarball.Find(), "run `make dist` (or `make test`, which builds it first).");
