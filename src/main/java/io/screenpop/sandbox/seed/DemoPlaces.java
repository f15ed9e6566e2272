package io.screenpop.sandbox.seed;

import java.util.List;

/** Cities for demo companies: US cities with their real area codes, UK cities with Ofcom's drama ranges. */
final class DemoPlaces {

    /** US cities; phone numbers are {@code <area> 555-0100..9999}, reserved for fiction. */
    static final List<City> US = List.of(
            City.us("San Jose", "CA", "95113", "408", "669"),
            City.us("San Francisco", "CA", "94105", "415", "628"),
            City.us("Los Angeles", "CA", "90012", "213", "323"),
            City.us("San Diego", "CA", "92101", "619", "858"),
            City.us("Sacramento", "CA", "95814", "916"),
            City.us("Fresno", "CA", "93721", "559"),
            City.us("Seattle", "WA", "98101", "206"),
            City.us("Spokane", "WA", "99201", "509"),
            City.us("Portland", "OR", "97204", "503", "971"),
            City.us("Boise", "ID", "83702", "208"),
            City.us("Phoenix", "AZ", "85004", "602", "480"),
            City.us("Tucson", "AZ", "85701", "520"),
            City.us("Las Vegas", "NV", "89101", "702"),
            City.us("Salt Lake City", "UT", "84111", "801"),
            City.us("Denver", "CO", "80202", "303", "720"),
            City.us("Albuquerque", "NM", "87102", "505"),
            City.us("El Paso", "TX", "79901", "915"),
            City.us("Dallas", "TX", "75201", "214", "972"),
            City.us("Houston", "TX", "77002", "713", "832"),
            City.us("Austin", "TX", "78701", "512", "737"),
            City.us("San Antonio", "TX", "78205", "210"),
            City.us("Oklahoma City", "OK", "73102", "405"),
            City.us("Omaha", "NE", "68102", "402"),
            City.us("Kansas City", "MO", "64105", "816"),
            City.us("St. Louis", "MO", "63101", "314"),
            City.us("Des Moines", "IA", "50309", "515"),
            City.us("Minneapolis", "MN", "55401", "612"),
            City.us("Milwaukee", "WI", "53202", "414"),
            City.us("Madison", "WI", "53703", "608"),
            City.us("Chicago", "IL", "60601", "312", "773"),
            City.us("Indianapolis", "IN", "46204", "317"),
            City.us("Detroit", "MI", "48226", "313"),
            City.us("Grand Rapids", "MI", "49503", "616"),
            City.us("Saginaw", "MI", "48607", "989"),
            City.us("Columbus", "OH", "43215", "614"),
            City.us("Cleveland", "OH", "44113", "216"),
            City.us("Louisville", "KY", "40202", "502"),
            City.us("Nashville", "TN", "37203", "615"),
            City.us("Memphis", "TN", "38103", "901"),
            City.us("Birmingham", "AL", "35203", "205"),
            City.us("New Orleans", "LA", "70112", "504"),
            City.us("Atlanta", "GA", "30303", "404", "678"),
            City.us("Miami", "FL", "33131", "305", "786"),
            City.us("Tampa", "FL", "33602", "813"),
            City.us("Orlando", "FL", "32801", "407"),
            City.us("Charleston", "SC", "29401", "843"),
            City.us("Charlotte", "NC", "28202", "704", "980"),
            City.us("Raleigh", "NC", "27601", "919"),
            City.us("Richmond", "VA", "23219", "804"),
            City.us("Washington", "DC", "20005", "202"),
            City.us("Baltimore", "MD", "21202", "410", "443"),
            City.us("Philadelphia", "PA", "19103", "215", "267"),
            City.us("Pittsburgh", "PA", "15222", "412"),
            City.us("Newark", "NJ", "07102", "973", "862"),
            City.us("Jersey City", "NJ", "07302", "201"),
            City.us("New York", "NY", "10001", "212", "646"),
            City.us("Brooklyn", "NY", "11201", "718", "347"),
            City.us("Buffalo", "NY", "14202", "716"),
            City.us("Hartford", "CT", "06103", "860"),
            City.us("Providence", "RI", "02903", "401"),
            City.us("Boston", "MA", "02110", "617", "857"),
            City.us("Anchorage", "AK", "99501", "907"),
            City.us("Honolulu", "HI", "96813", "808"));

    /** UK cities, London and Manchester first (picked most often), with Ofcom drama ranges. */
    static final List<City> UK = List.of(
            City.uk("London", "EC2V 7HH", "20 7946"),
            City.uk("Manchester", "M1 1AE", "161 496"),
            City.uk("Birmingham", "B1 1BB", "121 496"),
            City.uk("Leeds", "LS1 4AP", "113 496"),
            City.uk("Bristol", "BS1 4DJ", "117 496"),
            City.uk("Glasgow", "G1 1XQ", "141 496"));

    /** Ofcom's drama range for UK mobiles: 07700 900000..900999. */
    static final String UK_MOBILE_RANGE = "7700 900";

    private DemoPlaces() {
    }
}
