package uk.sufficiency.engine.synthetic;

import java.util.List;

/**
 * Town centres in England (WGS84, rounded to 0.001 degree) for synthetic scenarios. Weights are
 * rough relative sizes, not statistics: they only spread the synthetic population plausibly.
 */
public final class Towns {

    private Towns() {
    }

    /**
     * Leicestershire's towns (the county, without Leicester city, a separate authority). Coalville
     * (North West Leicestershire) and Hinckley are weighted up: most children with 3+ placement
     * moves came from there (004 L362).
     */
    public static final List<Town> LEICESTERSHIRE = List.of(
            new Town("Loughborough", "Leicestershire", 52.772, -1.206, 14, 3.0),
            new Town("Hinckley", "Leicestershire", 52.541, -1.373, 12, 2.5),
            new Town("Coalville", "Leicestershire", 52.724, -1.370, 12, 2.5),
            new Town("Wigston", "Leicestershire", 52.588, -1.102, 7, 1.5),
            new Town("Oadby", "Leicestershire", 52.606, -1.080, 5, 1.5),
            new Town("Melton Mowbray", "Leicestershire", 52.766, -0.887, 6, 2.0),
            new Town("Market Harborough", "Leicestershire", 52.478, -0.921, 5, 2.0),
            new Town("Braunstone Town", "Leicestershire", 52.617, -1.175, 4, 1.5),
            new Town("Shepshed", "Leicestershire", 52.764, -1.293, 3, 1.5),
            new Town("Syston", "Leicestershire", 52.700, -1.076, 3, 1.5),
            new Town("Ashby-de-la-Zouch", "Leicestershire", 52.746, -1.476, 3, 2.0),
            new Town("Earl Shilton", "Leicestershire", 52.577, -1.315, 3, 1.5),
            new Town("Birstall", "Leicestershire", 52.676, -1.120, 3, 1.5),
            new Town("Lutterworth", "Leicestershire", 52.455, -1.200, 2, 1.5));

    /** Where external providers outside the county often are: Leicester city and nearby towns. */
    public static final List<Town> AROUND_LEICESTERSHIRE = List.of(
            new Town("Leicester", "East Midlands", 52.636, -1.133, 10, 3.0),
            new Town("Nottingham", "East Midlands", 52.954, -1.158, 5, 4.0),
            new Town("Derby", "East Midlands", 52.922, -1.476, 4, 3.0),
            new Town("Coventry", "West Midlands", 52.407, -1.510, 4, 3.5),
            new Town("Nuneaton", "West Midlands", 52.523, -1.468, 2, 2.0),
            new Town("Northampton", "East Midlands", 52.240, -0.902, 3, 3.0),
            new Town("Kettering", "East Midlands", 52.398, -0.727, 2, 2.0),
            new Town("Peterborough", "East of England", 52.573, -0.241, 2, 3.0),
            new Town("Burton upon Trent", "West Midlands", 52.803, -1.643, 2, 2.0),
            new Town("Birmingham", "West Midlands", 52.486, -1.890, 4, 6.0));

    /** Towns of every English region, for region- and nation-scale scenarios. */
    public static final List<Town> ENGLAND = List.of(
            new Town("Newcastle upon Tyne", "North East", 54.978, -1.618, 6, 4.0),
            new Town("Sunderland", "North East", 54.906, -1.381, 5, 3.0),
            new Town("Middlesbrough", "North East", 54.576, -1.235, 5, 3.0),
            new Town("Durham", "North East", 54.776, -1.576, 3, 3.0),
            new Town("Manchester", "North West", 53.480, -2.242, 9, 6.0),
            new Town("Liverpool", "North West", 53.408, -2.991, 8, 5.0),
            new Town("Preston", "North West", 53.763, -2.703, 4, 3.0),
            new Town("Blackpool", "North West", 53.817, -3.036, 4, 2.5),
            new Town("Bolton", "North West", 53.578, -2.429, 4, 3.0),
            new Town("Carlisle", "North West", 54.892, -2.933, 2, 3.0),
            new Town("Leeds", "Yorkshire and The Humber", 53.801, -1.549, 8, 5.0),
            new Town("Sheffield", "Yorkshire and The Humber", 53.381, -1.470, 7, 5.0),
            new Town("Bradford", "Yorkshire and The Humber", 53.796, -1.759, 6, 4.0),
            new Town("Kingston upon Hull", "Yorkshire and The Humber", 53.745, -0.336, 5, 3.5),
            new Town("York", "Yorkshire and The Humber", 53.960, -1.087, 3, 3.0),
            new Town("Doncaster", "Yorkshire and The Humber", 53.523, -1.128, 4, 3.5),
            new Town("Leicester", "East Midlands", 52.636, -1.133, 6, 4.0),
            new Town("Nottingham", "East Midlands", 52.954, -1.158, 6, 4.0),
            new Town("Derby", "East Midlands", 52.922, -1.476, 4, 3.0),
            new Town("Northampton", "East Midlands", 52.240, -0.902, 4, 3.0),
            new Town("Lincoln", "East Midlands", 53.230, -0.541, 3, 3.0),
            new Town("Loughborough", "East Midlands", 52.772, -1.206, 2, 2.5),
            new Town("Mansfield", "East Midlands", 53.147, -1.198, 3, 2.5),
            new Town("Chesterfield", "East Midlands", 53.236, -1.421, 2, 2.5),
            new Town("Birmingham", "West Midlands", 52.486, -1.890, 10, 7.0),
            new Town("Coventry", "West Midlands", 52.407, -1.510, 5, 3.5),
            new Town("Wolverhampton", "West Midlands", 52.587, -2.129, 4, 3.0),
            new Town("Stoke-on-Trent", "West Midlands", 53.003, -2.180, 4, 3.5),
            new Town("Worcester", "West Midlands", 52.192, -2.220, 2, 2.5),
            new Town("Telford", "West Midlands", 52.678, -2.445, 3, 3.0),
            new Town("Hereford", "West Midlands", 52.056, -2.716, 2, 2.5),
            new Town("Norwich", "East of England", 52.630, 1.297, 4, 3.5),
            new Town("Ipswich", "East of England", 52.059, 1.155, 3, 3.0),
            new Town("Cambridge", "East of England", 52.205, 0.122, 3, 3.0),
            new Town("Peterborough", "East of England", 52.573, -0.241, 3, 3.0),
            new Town("Luton", "East of England", 51.879, -0.418, 3, 3.0),
            new Town("Chelmsford", "East of England", 51.736, 0.480, 3, 3.0),
            new Town("Colchester", "East of England", 51.896, 0.892, 2, 2.5),
            new Town("Westminster", "London", 51.507, -0.128, 6, 4.0),
            new Town("Croydon", "London", 51.376, -0.098, 6, 4.0),
            new Town("Ealing", "London", 51.513, -0.305, 5, 4.0),
            new Town("Stratford", "London", 51.541, -0.003, 6, 4.0),
            new Town("Barnet", "London", 51.625, -0.152, 4, 4.0),
            new Town("Brighton", "South East", 50.823, -0.137, 4, 3.0),
            new Town("Southampton", "South East", 50.910, -1.404, 4, 3.5),
            new Town("Portsmouth", "South East", 50.805, -1.087, 4, 3.0),
            new Town("Reading", "South East", 51.455, -0.978, 3, 3.0),
            new Town("Oxford", "South East", 51.752, -1.258, 3, 3.0),
            new Town("Maidstone", "South East", 51.272, 0.522, 3, 3.0),
            new Town("Milton Keynes", "South East", 52.041, -0.759, 4, 3.5),
            new Town("Canterbury", "South East", 51.280, 1.080, 2, 2.5),
            new Town("Bristol", "South West", 51.455, -2.588, 6, 4.5),
            new Town("Plymouth", "South West", 50.376, -4.143, 4, 3.5),
            new Town("Exeter", "South West", 50.718, -3.534, 3, 3.0),
            new Town("Swindon", "South West", 51.558, -1.782, 3, 3.0),
            new Town("Bournemouth", "South West", 50.720, -1.880, 4, 3.5),
            new Town("Gloucester", "South West", 51.864, -2.238, 3, 3.0),
            new Town("Truro", "South West", 50.263, -5.051, 2, 3.0));

    /** The Midlands (East and West): a region-scale area. */
    private static List<Town> midlands() {
        return ENGLAND.stream()
                .filter(t -> t.region().equals("East Midlands") || t.region().equals("West Midlands"))
                .toList();
    }

    /**
     * Towns for a synthetic scenario of this many children: one county (an English authority looks
     * after a few hundred to a couple of thousand children), a region, or the nation.
     */
    public static List<Town> forScale(int children) {
        if (children <= 2_000) {
            return LEICESTERSHIRE;
        }
        if (children <= 20_000) {
            return midlands();
        }
        return ENGLAND;
    }

    /** Where external providers are, for homes in these towns. */
    public static List<Town> providersFor(List<Town> homeTowns) {
        if (homeTowns == LEICESTERSHIRE) {
            return java.util.stream.Stream.concat(LEICESTERSHIRE.stream(), AROUND_LEICESTERSHIRE.stream()).toList();
        }
        return homeTowns;
    }
}
