## Notification preference
field-notify_mode = Arifa kwa barua pepe
notify-immediate = Barua pepe moja kwa kila habari mpya
notify-daily = Barua pepe moja ya muhtasari kwa siku
notify-none = Hakuna barua pepe za arifa
