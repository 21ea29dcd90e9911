"""schema.org data of an actor, as JSON-LD: a GovernmentOffice, a Library, a School, a
LocalBusiness… with its address, coordinates and `openingHoursSpecification`."""


def actor_structured_data(actor, request=None):
    schema_type = actor.schema_type
    data = {
        "@context": "https://schema.org",
        # A school is an organization; as a place too, it has an address and hours.
        "@type": [schema_type, "Place"] if schema_type == "School" else schema_type,
        "name": actor.title,
        "url": actor.get_full_url(request),
    }
    if actor.summary:
        data["description"] = actor.summary
    if actor.street or actor.city:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": actor.street,
            "postalCode": actor.postcode,
            "addressLocality": actor.city,
            "addressCountry": "FR",
        }
    if actor.latitude is not None and actor.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(actor.latitude),
            "longitude": float(actor.longitude),
        }
        data["hasMap"] = actor.map_url
    if actor.phone:
        data["telephone"] = actor.phone_e164 or actor.phone
    if actor.email:
        data["email"] = actor.email
    if actor.website:
        data["sameAs"] = [actor.website]
    specification = actor.schedule.opening_hours_specification()
    if specification:
        data["openingHoursSpecification"] = specification
    if actor.language_list:
        data["availableLanguage"] = actor.language_list
    if actor.cost:
        data["isAccessibleForFree"] = actor.cost != "payant"
    if actor.services_list:
        data["knowsAbout"] = actor.services_list
    data["publicAccess"] = True
    return data
