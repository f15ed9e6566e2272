package io.screenpop.sandbox.seed;

import java.util.List;

/** Word lists for demo people, companies and streets. */
final class DemoNames {

    static final List<String> FIRST = List.of("James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William",
            "Linda", "David", "Elizabeth", "Richard", "Barbara", "Joseph", "Susan", "Thomas", "Jessica", "Charles",
            "Sarah", "Christopher", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra",
            "Donald", "Margaret", "Steven", "Ashley", "Andrew", "Kimberly", "Paul", "Emily", "Joshua", "Donna", "Kenneth",
            "Michelle", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Timothy", "Deborah", "Ronald",
            "Stephanie", "Jason", "Rebecca", "Edward", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia", "Jacob",
            "Amy", "Gary", "Kathleen", "Nicholas", "Angela", "Eric", "Shirley", "Jonathan", "Brenda", "Stephen",
            "Emma", "Larry", "Olivia", "Justin", "Priya", "Wei", "Mohammed", "Sofia", "Diego", "Aisha", "Hiroshi",
            "Olga", "Siobhan", "Zoë", "José", "Renée", "Seán", "D'Andre", "Mary-Kate");

    static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
            "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen",
            "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
            "Roberts", "Patel", "Chen", "Kim", "Okafor", "Kowalski", "Müller", "O'Brien", "McAllister", "Van der Berg",
            "Fitzgerald", "Nakamura", "Haddad", "Singh", "Ó Súilleabháin", "Smith-Jones", "Ng", "Li", "Dubois");

    static final List<String> TITLES = List.of("Office Manager", "IT Manager", "Owner", "CEO", "CFO", "Controller",
            "Receptionist", "Practice Manager", "Operations Director", "Bookkeeper", "Paralegal", "Partner",
            "HR Generalist", "Network Administrator", "Sales Manager", "Dental Assistant", "Warehouse Lead", "Principal");

    static final List<String> ADJECTIVES = List.of("Blue", "Red", "Green", "Silver", "Golden", "North", "South",
            "East", "West", "Summit", "Harbor", "River", "Lake", "Pine", "Oak", "Maple", "Cedar", "Granite", "Iron",
            "Bright", "Clear", "Prairie", "Coastal", "Valley", "Mountain", "Liberty", "Pioneer", "Keystone", "Atlas");

    static final List<String> NOUNS = List.of("Ridge", "Stone", "Bridge", "Point", "Field", "Creek", "Rock", "Gate",
            "Peak", "Bay", "Crest", "Grove", "Path", "Works", "Forge", "Line", "Star", "Wave", "Mill", "Haven");

    static final List<String> INDUSTRIES = List.of("Dental Group", "Family Law", "Accounting", "Veterinary Clinic",
            "Architects", "Property Management", "Orthodontics", "Pediatrics", "Logistics", "Manufacturing",
            "Insurance Agency", "Realty", "Credit Union", "Construction", "Engineering", "Auto Group", "Pharmacy",
            "Marketing", "Foundation", "Chiropractic", "Title Company", "Wealth Advisors", "Landscaping", "Plumbing",
            "Electric", "Medical Billing", "Physical Therapy", "Eye Care", "Brewing Co", "Charter School");

    static final List<String> US_SUFFIXES = List.of("", "", "LLC", "Inc.", "P.C.", "& Associates", "Partners", "Co.");

    static final List<String> UK_SUFFIXES = List.of("Ltd", "Ltd", "LLP", "plc", "& Co");

    static final List<String> STREETS = List.of("Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington", "Lake",
            "Hill", "Park", "Market", "Mission", "Broadway", "Church", "Mill", "River", "Spring", "Center", "Union",
            "Highland", "Franklin", "Jefferson", "Lincoln", "Madison", "Commerce");

    static final List<String> STREET_TYPES = List.of("St", "Ave", "Blvd", "Rd", "Way", "Dr", "Pkwy", "Ln");

    static final List<String> UK_STREETS = List.of("High Street", "Station Road", "King Street", "Queen Street",
            "Deansgate", "Oxford Road", "Victoria Street", "Church Lane", "Market Place", "Mill Lane");

    static final List<String> GARBAGE = List.of("see email", "n/a", "N/A", "TBD", "ask front desk", "000",
            "x204", "none", "call main line", "555");

    private DemoNames() {
    }
}
