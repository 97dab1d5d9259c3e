using System.Globalization;
using System.Threading.RateLimiting;
using Kinara.Web.Data;
using Kinara.Web.Infrastructure.Auth;
using Kinara.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Kinara.Web.Infrastructure;

/// <summary>Service registration and the request pipeline, kept out of Program.cs so tests and commands share them.</summary>
public static class KinaraSetup
{
    public static readonly CultureInfo[] Budaya = [new("id-ID"), new("en-US")];

    public static WebApplicationBuilder AddKinara(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddKinaraDatabase(config, builder.Environment);
        services.AddHostedService<Audit.AuditSegelService>(); // seals audit entries the saves left unsealed (ADR 0006)

        services.AddIdentity<ApplicationUser, ApplicationRole>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = config.GetValue("Akun:MaksimumGagalMasuk", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(config.GetValue("Akun:MenitTerkunci", 15));
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<KinaraDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<KinaraClaimsPrincipalFactory>()
            .AddErrorDescriber<IndonesianIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".Kinara.Masuk";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/masuk";
            o.LogoutPath = "/keluar";
            o.AccessDeniedPath = "/akses-ditolak";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidasiCookie.PeriksaAsync; // the security stamp check only when it is due
        });
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.Name = ".Kinara.Pesan");
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".Kinara.Af";
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddDataProtection().SetApplicationName("Kinara").PersistKeysToDbContext<KunciDbContext>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Kebijakan.BacaMasterData, p => p.RequireRole(Peran.AdminKepegawaian, Peran.SuperAdmin, Peran.Auditor, Peran.Pimpinan))
            .AddPolicy(Kebijakan.KelolaMasterData, p => p.RequireRole(Peran.AdminKepegawaian, Peran.SuperAdmin))
            .AddPolicy(Kebijakan.BacaAudit, p => p.RequireRole(Peran.AdminKepegawaian, Peran.SuperAdmin, Peran.Auditor))
            .AddPolicy(Kebijakan.KelolaInstansi, p => p.RequireRole(Peran.SuperAdmin));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("id-ID");
            o.SupportedCultures = Budaya;
            o.SupportedUICultures = Budaya;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AllowAnonymousToPage("/Akun/Masuk");
                o.Conventions.AllowAnonymousToPage("/Akun/MasukDuaFaktor");
                o.Conventions.AllowAnonymousToPage("/Galat");
                o.Conventions.AllowAnonymousToPage("/Bahasa");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .AddMvcOptions(o => o.ModelBindingMessageProvider.SetIndonesianMessages());

        services.AddHealthChecks().AddDbContextCheck<KinaraDbContext>("database", tags: ["ready"]);

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Behind a reverse proxy on another host, list it under ReverseProxy:KnownProxies; loopback is trusted by default.
            foreach (var ip in config.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(ip));
            }
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only sign-in attempts count, per client address. Offices put hundreds of pegawai behind one NAT address,
            // so the limit is generous; guessing one account's password is stopped by the per-account lockout.
            o.AddPolicy(LoginRateLimit, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "?",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = config.GetValue("Akun:BatasMasukPerMenit", 300), Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("get"));
        });

        services.AddKinaraFeatures(config);
        return builder;
    }

    public const string LoginRateLimit = "masuk";

    public static WebApplication UseKinara(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/galat");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/galat/{0}");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<TwoFactorEnforcementMiddleware>();
        app.UseMiddleware<GantiKataSandiMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = h => h.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        app.MapKinaraEndpoints();
        return app;
    }
}
