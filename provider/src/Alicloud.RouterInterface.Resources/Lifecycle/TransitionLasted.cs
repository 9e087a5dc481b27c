namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>The transition <paramref name="Status"/> lasted more than <paramref name="Lower"/> and at most <paramref name="Upper"/>.</summary>
public sealed record TransitionLasted(string Status, TimeSpan Lower, TimeSpan Upper);
